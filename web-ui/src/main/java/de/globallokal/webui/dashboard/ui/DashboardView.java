package de.globallokal.webui.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.project.ProjectStatus;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.base.ui.StaffOverviewSection;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.LiveFeed;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The office's week at a glance: key figures, events per month as an SVG chart, and the
 * next events with their seats taken. Everything from web-ui's own read models.
 */
@Route(value = "staff", layout = StaffLayout.class)
@Menu(title = "staff.nav.dashboard", order = 1)
// a partner town's colleague signs in here too (the staff area's door) and is sent on
// to the one page they work on
@RolesAllowed({ "EDITOR", "ADMIN", "PARTNER" })
class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int MONTHS = 6;
    static final int NEXT = 8;

    private final boolean partnerOnly;

    private final Clock clock;

    private final LiveFeed feed;

    private final PartnershipReadModel partnerships;

    private final ProjectReadModel projects;

    private final EventReadModel events;

    private final ActorReadModel actors;

    private final ContactReadModel contacts;

    private final UnorderedList live = new UnorderedList();

    private Registration subscription;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (partnerOnly) {
            event.forwardTo("staff/programm");
        }
    }

    public DashboardView(PartnershipReadModel partnerships, ProjectReadModel projects, EventReadModel events,
            ActorReadModel actors, ContactReadModel contacts, LiveFeed feed, Clock clock,
            AuthenticationContext authentication, List<StaffOverviewSection> sections) {
        this.partnerOnly = authentication.hasRole("PARTNER") && !authentication.hasRole("EDITOR");
        this.clock = clock;
        this.feed = feed;
        this.contacts = contacts;
        this.partnerships = partnerships;
        this.projects = projects;
        this.events = events;
        this.actors = actors;
        if (partnerOnly) {
            return;
        }
        addClassName("gl-dashboard");
        Locale locale = getLocale();
        List<CalendarEvent> calendar = events.current().stream().map(Entry::state).toList();
        YearMonth thisMonth = YearMonth.now(clock);
        LocalDate due = LocalDate.now(clock).minusMonths(12);

        Map<ProjectStatus, Integer> byStatus = new EnumMap<>(ProjectStatus.class);
        projects.current().forEach(p -> byStatus.merge(p.state().status(), 1, Integer::sum));
        long upcoming = calendar.stream()
            .filter(e -> e.status().isPublic())
            .filter(e -> e.occurrences().stream().anyMatch(o -> o.end().toInstant().isAfter(clock.instant())))
            .count();
        int registrationsThisMonth = calendar.stream()
            .mapToInt(e -> e.occurrences()
                .stream()
                .filter(o -> YearMonth.from(o.start().atZoneSameInstant(clock.getZone())).equals(thisMonth))
                .mapToInt(o -> e.seatsOf(o.id()).map(Seats::confirmed).orElse(0))
                .sum())
            .sum();
        long unconfirmed = actors.current()
            .stream()
            .filter(a -> a.state().lastConfirmed() == null || a.state().lastConfirmed().isBefore(due))
            .count();

        UnorderedList figures = new UnorderedList();
        figures.addClassName("gl-figures");
        figures.add(figure(
                partnerships.current().stream().filter(p -> p.state().status() == PartnershipStatus.ACTIVE).count(),
                getTranslation("staff.figure.partnerships")));
        figures.add(figure(byStatus.getOrDefault(ProjectStatus.RUNNING, 0), getTranslation("staff.figure.projects")));
        figures.add(figure(upcoming, getTranslation("staff.figure.events")));
        figures.add(figure(registrationsThisMonth, getTranslation("staff.figure.registrations")));
        figures.add(figure(unconfirmed, getTranslation("staff.figure.actors")));
        add(new H1(getTranslation("staff.dashboard.title")), figures);

        add(new Paragraph(getTranslation("staff.projects-by-status",
                Arrays.stream(ProjectStatus.values())
                    .map(status -> getTranslation("project.status." + status) + ": " + byStatus.getOrDefault(status, 0))
                    .collect(Collectors.joining(", ")))));
        add(new Section(new H2(getTranslation("staff.chart.months")), monthChart(calendar, thisMonth, locale)));
        add(new Section(new H2(getTranslation("staff.chart.sdgs")), sdgCoverage(calendar, locale)));
        add(new Section(new H2(getTranslation("staff.chart.programme")), programmeProgress(locale)));
        sections.forEach(section -> add(
                new Section(new H2(getTranslation(section.headingKey())), section.content(this, locale))));
        add(new Section(new H2(getTranslation("staff.next")), nextEvents(calendar, clock, locale)));
        live.addClassName("gl-live");
        live.getElement().setAttribute("aria-live", "polite");
        feed.recent().forEach(change -> live.add(item(change)));
        add(new Section(new H2(getTranslation("staff.live")), new Paragraph(getTranslation("staff.live.intro")), live));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        // changes arrive on a Kafka consumer thread; UI.access takes the session lock and
        // push sends them
        subscription = feed.subscribe(change -> ui.access(() -> {
            if (gone(ui)) {
                // a tab closed without a goodbye (laptop shut, network lost) would pile
                // up every change until its session ends; opened again, it starts from
                // LiveFeed's recent changes
                return;
            }
            live.addComponentAsFirst(item(change));
            if (live.getChildren().count() > LiveFeed.KEPT_SHOWN) {
                live.getChildren().reduce((first, second) -> second).ifPresent(live::remove);
            }
        }));
    }

    /**
     * No heartbeat for three intervals: the criterion by which Vaadin itself closes a UI.
     */
    static boolean gone(UI ui) {
        int interval = ui.getSession().getConfiguration().getHeartbeatInterval();
        long silent = System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp();
        return interval > 0 && silent > 3_000L * interval;
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private ListItem item(LiveFeed.Change change) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(clock.getZone());
        String name = change.deleted() ? change.id() : nameOf(change);
        return new ListItem(time.format(change.at()) + " – "
                + getTranslation("staff.live.type." + change.aggregateType()) + " „" + name + "“ "
                + getTranslation(
                        change.deleted() ? "staff.live.deleted"
                                : change.version() == 1 ? "staff.live.created" : "staff.live.changed",
                        change.version()));
    }

    private String nameOf(LiveFeed.Change change) {
        Locale locale = getLocale();
        return switch (change.aggregateType()) {
            // the entry may be a tombstone by now (a later change deleted it): then the
            // id stands in
            case "partnership" ->
                partnerships.findCurrent(change.id()).map(e -> e.state().partner().name()).orElse(change.id());
            case "project" ->
                projects.findCurrent(change.id()).map(e -> e.state().title().in(locale)).orElse(change.id());
            case "event" -> events.findCurrent(change.id()).map(e -> e.state().title().in(locale)).orElse(change.id());
            case "actor" -> actors.findCurrent(change.id()).map(e -> e.state().name()).orElse(change.id());
            case "contact" ->
                contacts.findCurrent(change.id()).map(e -> contactName(e.state(), locale)).orElse(change.id());
            default -> change.id();
        };
    }

    /**
     * A contact point has no name of its own: its role, and the office or person that
     * fills it.
     */
    private static String contactName(ContactPoint contact, Locale locale) {
        String holder = contact.office() != null ? contact.office() : contact.person();
        return Stream.of(contact.role() == null ? null : contact.role().in(locale), holder)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    }

    private ListItem figure(long value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("gl-figure-value");
        ListItem item = new ListItem(number, new Span(label));
        item.addClassName("gl-figure");
        return item;
    }

    /**
     * Public dates per month for the next months, as bars with the numbers written on
     * them.
     */
    private Div monthChart(List<CalendarEvent> calendar, YearMonth from, Locale locale) {
        int[] counts = new int[MONTHS];
        for (CalendarEvent e : calendar) {
            if (!e.status().isPublic()) {
                continue;
            }
            e.occurrences().forEach(o -> {
                int index = (int) from.until(YearMonth.from(o.start().atZoneSameInstant(clock.getZone())),
                        ChronoUnit.MONTHS);
                if (index >= 0 && index < MONTHS && !o.cancelled()) {
                    counts[index]++;
                }
            });
        }
        int max = Math.max(1, Arrays.stream(counts).max().orElse(1));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLL yy", locale);
        StringBuilder svg = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 140\" role=\"img\""
                        + " class=\"gl-chart\" aria-label=\"")
            .append(getTranslation("staff.chart.months"))
            .append("\">");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < MONTHS; i++) {
            // room above the tallest bar for its number
            int height = counts[i] * 90 / max;
            String label = from.plusMonths(i).format(month);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"40\" height=\"%d\"/>", 10 + i * 58,
                    110 - height, Math.max(height, 1)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                    30 + i * 58, 105 - height, counts[i]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"130\" text-anchor=\"middle\">%s</text>",
                    30 + i * 58, label));
            words.append(i == 0 ? "" : ", ").append(label).append(": ").append(counts[i]);
        }
        Paragraph text = new Paragraph(words.toString());
        text.addClassName("gl-chart-text");
        return new Div(new Svg(svg.append("</svg>").toString()), text);
    }

    /** Per goal, how many projects and public events name it. */
    private Div sdgCoverage(List<CalendarEvent> calendar, Locale locale) {
        int[] projectsPerGoal = new int[18];
        int[] eventsPerGoal = new int[18];
        projects.current().forEach(p -> p.state().sdgs().forEach(goal -> projectsPerGoal[goal]++));
        calendar.stream()
            .filter(e -> e.status().isPublic())
            .forEach(e -> e.sdgs().forEach(goal -> eventsPerGoal[goal]++));
        List<HorizontalBars.Bar> bars = SdgCatalogue.all()
            .stream()
            .map(goal -> new HorizontalBars.Bar(goal.number() + " " + goal.name().in(locale),
                    projectsPerGoal[goal.number()] + eventsPerGoal[goal.number()], goal.colour(),
                    getTranslation("staff.chart.sdgs.value", projectsPerGoal[goal.number()],
                            eventsPerGoal[goal.number()])))
            .toList();
        return HorizontalBars.chart(getTranslation("staff.chart.sdgs"), bars,
                bars.stream().mapToDouble(HorizontalBars.Bar::value).max().orElse(0));
    }

    /** Per project with an action programme, the mean progress of its measures. */
    private Div programmeProgress(Locale locale) {
        List<HorizontalBars.Bar> bars = projects.current()
            .stream()
            .map(Entry::state)
            .filter(p -> !p.measures().isEmpty())
            .map(p -> {
                double mean = p.measures().stream().mapToInt(m -> m.progress()).average().orElse(0);
                return new HorizontalBars.Bar(p.title().in(locale), mean, "#0b5d1e",
                        getTranslation("staff.chart.programme.value", Math.round(mean), p.measures().size()));
            })
            .toList();
        if (bars.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("staff.chart.programme.none")));
            return none;
        }
        return HorizontalBars.chart(getTranslation("staff.chart.programme"), bars, 100);
    }

    private UnorderedList nextEvents(List<CalendarEvent> calendar, Clock clock, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
        UnorderedList list = new UnorderedList();
        calendar.stream()
            .flatMap(e -> e.occurrences()
                .stream()
                .filter(o -> o.end().toInstant().isAfter(clock.instant()))
                .map(o -> Map.entry(e, o)))
            .sorted(Comparator.comparing(p -> p.getValue().start().toInstant()))
            .limit(NEXT)
            .forEach(p -> {
                CalendarEvent e = p.getKey();
                String seats = e.seatsOf(p.getValue().id())
                    .map(s -> getTranslation("staff.seats", s.confirmed(), s.capacity(), s.waitlisted()))
                    .orElse(getTranslation("events.no-registration"));
                list.add(new ListItem(when.format(p.getValue().start()) + " – " + e.title().in(locale) + " ("
                        + getTranslation("event.status." + e.status().name()) + ") · " + seats));
            });
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.dashboard.title") + " – " + getTranslation("app.name");
    }

}
