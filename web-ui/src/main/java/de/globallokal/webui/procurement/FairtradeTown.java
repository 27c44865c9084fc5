package de.globallokal.webui.procurement;

import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.FairTradeRole;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BodyKind;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.PressMention;
import de.globallokal.core.structures.Resolution;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The five criteria of the Fairtrade-Town campaign, each met or not, with the evidence
 * the system holds: resolutions, a steering group of contact points, actors tagged as
 * selling, serving or using and teaching fair products, events of the fair-trade category
 * and the press log.
 */
public final class FairtradeTown {

    /** Kinds of actor the campaign counts as clubs and groups of civil society. */
    static final Set<ActorKind> CLUBS = Set.of(ActorKind.ASSOCIATION, ActorKind.ONE_WORLD_GROUP,
            ActorKind.MIGRANT_ORGANISATION);

    private FairtradeTown() {
    }

    /**
     * What the criteria are called in the translation files:
     * {@code fairtrade.criterion.<name>}.
     */
    public enum Criterion {

        RESOLUTION, STEERING_GROUP, SHOPS_AND_CAFES, CIVIL_SOCIETY, MEDIA

    }

    /**
     * One criterion's state.
     *
     * @param evidence what counts for it, each a short line for the page
     * @param have the count the system holds (resolutions, members, shops, …)
     * @param need the count asked for, or null when it cannot be told (no population
     * configured)
     * @param cafes for shops and cafés: the cafés and restaurants on file and asked for
     * (have and need count the shops); null for the other criteria
     */
    public record State(Criterion criterion, boolean met, int have, Integer need, List<String> evidence,
            Counted cafes) {

        State(Criterion criterion, boolean met, int have, Integer need, List<String> evidence) {
            this(criterion, met, have, need, evidence, null);
        }
    }

    /** A count on file and the count asked for (null when it cannot be told). */
    public record Counted(int have, Integer need) {
    }

    public record Evidence(List<Resolution> resolutions, List<Body> bodies, List<LocalActor> actors,
            List<CalendarEvent> events, List<PressMention> press) {
    }

    public static List<State> assess(Evidence on, FairtradeTownProperties rules, LocalDate today, Locale locale) {
        List<Resolution> resolutions = on.resolutions()
            .stream()
            .filter(r -> r.areas().contains(PolicyArea.FAIR_TRADE_TOWN))
            .toList();
        List<Body> groups = on.bodies()
            .stream()
            .filter(b -> b.kind() == BodyKind.STEERING_GROUP && b.areas().contains(PolicyArea.FAIR_TRADE_TOWN))
            .toList();
        int members = groups.stream().mapToInt(b -> b.memberContactIds().size()).max().orElse(0);
        List<LocalActor> shops = tagged(on.actors(), FairTradeRole.SELLS);
        List<LocalActor> cafes = tagged(on.actors(), FairTradeRole.SERVES);
        List<LocalActor> teaching = tagged(on.actors(), FairTradeRole.USES_AND_TEACHES);
        boolean school = teaching.stream().anyMatch(a -> a.kind() == ActorKind.SCHOOL);
        boolean church = teaching.stream().anyMatch(a -> a.kind() == ActorKind.CHURCH_GROUP);
        boolean club = teaching.stream().anyMatch(a -> CLUBS.contains(a.kind()));
        LocalDate yearAgo = today.minusYears(1);
        List<PressMention> press = on.press()
            .stream()
            .filter(p -> p.areas().contains(PolicyArea.FAIR_TRADE_TOWN) && p.date().isAfter(yearAgo))
            .toList();
        List<CalendarEvent> markets = on.events()
            .stream()
            .filter(e -> e.category() == EventCategory.FAIR_TRADE_MARKET)
            .toList();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Integer shopsNeeded = rules.shops();
        Integer cafesNeeded = rules.cafes();
        boolean enoughShops = shopsNeeded != null && shops.size() >= shopsNeeded && cafes.size() >= cafesNeeded;
        return List
            .of(new State(Criterion.RESOLUTION, !resolutions.isEmpty(), resolutions.size(), 1,
                    resolutions.stream()
                        .map(r -> dates.format(r.date()) + " " + r.body() + ": " + r.title().in(locale))
                        .toList()),
                    new State(Criterion.STEERING_GROUP, members >= rules.steeringGroupMembers(), members,
                            rules.steeringGroupMembers(), groups.stream().map(b -> b.name().in(locale)).toList()),
                    new State(Criterion.SHOPS_AND_CAFES, enoughShops, shops.size(), shopsNeeded,
                            Stream.concat(shops.stream(), cafes.stream()).map(LocalActor::name).distinct().toList(),
                            new Counted(cafes.size(), cafesNeeded)),
                    new State(Criterion.CIVIL_SOCIETY, school && church && club,
                            (school ? 1 : 0) + (church ? 1 : 0) + (club ? 1 : 0), 3,
                            Stream
                                .concat(teaching.stream().map(LocalActor::name),
                                        markets.stream().map(e -> e.title().in(locale)))
                                .toList()),
                    new State(Criterion.MEDIA, press.size() >= rules.pressMentionsPerYear(), press.size(),
                            rules.pressMentionsPerYear(),
                            press.stream()
                                .map(p -> dates.format(p.date()) + " " + p.outlet() + ": " + p.title())
                                .toList()));
    }

    private static List<LocalActor> tagged(List<LocalActor> actors, FairTradeRole role) {
        return actors.stream().filter(a -> a.fairTrade().contains(role)).toList();
    }

}
