package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.webui.base.ui.Attachments;
import de.globallokal.webui.base.ui.DetailPage;
import de.globallokal.webui.base.ui.Pictures;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.base.ui.Texts;
import de.globallokal.webui.events.SignupGateway;
import de.globallokal.webui.events.SignupRateLimit;
import de.globallokal.webui.projection.CalendarEntries;
import de.globallokal.webui.projection.CalendarEntry;
import de.globallokal.webui.projection.ProductGroupReadModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;

/**
 * One event (or one date of a series, by its occurrence id): what, when, where, for whom,
 * seats left and the sign-up form; schema.org JSON-LD for search engines.
 */
@Route(value = PublicPaths.EVENT, layout = PublicLayout.class)
@AnonymousAllowed
class EventView extends DetailPage implements BeforeEnterObserver {

    private static final Pattern SERIES_DATE = Pattern.compile("(.+)-(\\d{8})");

    private final CalendarEntries entries;

    private final SignupGateway gateway;

    private final SignupRateLimit rateLimit;

    private final String consentVersion;

    private final Clock clock;

    private final ProductGroupReadModel productGroups;

    public EventView(CalendarEntries entries, SignupGateway gateway, SignupRateLimit rateLimit,
            @Value("${globallokal.registration.consent-version:2026-11}") String consentVersion, Clock clock,
            ProductGroupReadModel productGroups) {
        this.clock = clock;
        this.productGroups = productGroups;
        this.entries = entries;
        this.gateway = gateway;
        this.rateLimit = rateLimit;
        this.consentVersion = consentVersion;
        addClassName("gl-event");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        CalendarEntry entry = find(entries, id).filter(e -> e.event().status().isPublic())
            .orElseThrow(NotFoundException::new);
        CalendarEvent e = entry.event();
        Occurrence chosen = e.occurrences().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
        String title = e.title().in(getLocale());
        describe(title, e.summary() == null ? title : e.summary().in(getLocale()));
        removeAll();
        add(new H1(title));
        if (e.image() != null) {
            add(Pictures.of(e.image(), getLocale()));
        }
        if (e.status() != EventStatus.PUBLISHED) {
            add(EventTexts.notice(this, e.status(), e.statusNote() == null ? null : e.statusNote().in(getLocale())));
        }
        if (e.title().fallsBackFor(getLocale())) {
            Paragraph german = new Paragraph(getTranslation("content.german-only"));
            german.addClassName("gl-unreviewed");
            add(german);
        }
        if (e.summary() != null) {
            Texts.paragraph(this, e.summary(), getLocale()).forEach(this::add);
        }
        add(facts(entry));
        add(dates(e, chosen));
        if (e.description() != null) {
            add(new H2(getTranslation("event.about")));
            Texts.paragraph(this, e.description(), getLocale()).forEach(this::add);
        }
        if (!e.sdgs().isEmpty()) {
            add(new H2(getTranslation("event.sdgs")), SdgTiles.of(e.sdgs(), getLocale()));
        }
        if (!e.productGroups().isEmpty()) {
            Map<String, String> names = productGroups.names(getLocale());
            UnorderedList groups = new UnorderedList();
            e.productGroups()
                .forEach(key -> groups
                    .add(new ListItem(PublicPaths.link(names.getOrDefault(key, key), PublicPaths.FAIR_PROCUREMENT))));
            add(new H2(getTranslation("event.product-groups")), groups);
        }
        add(Attachments.section(this, e.attachments(), getLocale()));
        Instant now = clock.instant();
        List<Occurrence> open = e.occurrences()
            .stream()
            .filter(o -> !o.cancelled() && o.start().toInstant().isAfter(now) && closes(e, o).isAfter(now))
            .toList();
        if (e.registration() != null && e.status() == EventStatus.PUBLISHED && !open.isEmpty()) {
            add(new SignupForm(e.id(), open, chosen, gateway, rateLimit, consentVersion,
                    o -> EventTexts.when(this, e, o)));
        }
        else if (e.registration() != null) {
            add(new Paragraph(getTranslation("signup.closed")));
        }
        Anchor ics = new Anchor("/feeds/events/" + e.id() + ".ics", getTranslation("event.add-to-calendar"));
        ics.getElement().setAttribute("download", true);
        // the schema.org Event is in the first response (EventPages): search engines read
        // that
        add(new Paragraph(ics), PublicPaths.link(getTranslation("event.back"), PublicPaths.EVENTS));
    }

    /** An event by its id, or by the id of one of its dates ({@code id-20270316}). */
    static Optional<CalendarEntry> find(CalendarEntries entries, String id) {
        Optional<CalendarEntry> direct = entries.find(id);
        Matcher series = SERIES_DATE.matcher(id);
        return direct.isPresent() || !series.matches() ? direct : entries.find(series.group(1));
    }

    private static Instant closes(CalendarEvent e, Occurrence o) {
        return e.registration() != null && e.registration().closes() != null
                ? e.registration().closes().atZone(ZoneId.of(e.zone())).toInstant() : o.start().toInstant();
    }

    private Div facts(CalendarEntry entry) {
        CalendarEvent e = entry.event();
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-facts");
        list.add(fact("event.category", getTranslation("event.category." + e.category().name())));
        if (e.venue() != null) {
            String address = e.venue().address() == null ? "" : ", " + e.venue().address().street() + ", "
                    + e.venue().address().postalCode() + " " + e.venue().address().city();
            list.add(fact("event.place", e.venue().name() + address));
        }
        if (e.onlineUrl() != null) {
            ListItem online = new ListItem(getTranslation("event.online") + ": ");
            online.add(new Anchor(e.onlineUrl(), e.onlineUrl()));
            list.add(online);
        }
        if (!e.audiences().isEmpty()) {
            list.add(fact("event.audience", String.join(", ",
                    e.audiences().stream().map(a -> getTranslation("event.audience." + a.name())).toList())));
        }
        if (!e.languages().isEmpty()) {
            list.add(fact("event.languages",
                    String.join(", ",
                            e.languages()
                                .stream()
                                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(getLocale()))
                                .toList())));
        }
        list.add(fact("event.price", EventTexts.price(this, e.price())));
        if (e.accessibility() != null) {
            list.add(fact("event.accessibility", e.accessibility().in(getLocale())));
        }
        if (entry.organiserName() != null) {
            ListItem organiser = new ListItem(getTranslation("event.organiser") + ": ");
            organiser.add(PublicPaths.link(entry.organiserName(), PublicPaths.ACTOR, entry.organiserPath()));
            list.add(organiser);
        }
        if (!entry.partnerships().isEmpty()) {
            ListItem partners = new ListItem(getTranslation("event.partnerships") + ": ");
            entry.partnerships()
                .forEach(
                        p -> partners.add(
                                p.slug() == null ? new Span(p.name())
                                        : PublicPaths.link(p.name(), PublicPaths.PARTNERSHIP, p.slug()),
                                new Span(" ")));
            list.add(partners);
        }
        return new Div(list);
    }

    private Div dates(CalendarEvent e, Occurrence chosen) {
        Div dates = new Div(new H2(getTranslation(e.occurrences().size() > 1 ? "event.dates" : "event.date")));
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-dates");
        for (Occurrence o : e.occurrences()) {
            StringBuilder text = new StringBuilder(EventTexts.when(this, e, o));
            if (o.cancelled()) {
                text.append(" – ").append(getTranslation("event.status.CANCELLED"));
            }
            if (o.note() != null) {
                text.append(" (").append(o.note().in(getLocale())).append(')');
            }
            String seats = e.registration() == null ? null : EventTexts.seats(this, e, o);
            if (seats != null) {
                text.append(" · ").append(seats);
            }
            ListItem item = new ListItem(text.toString());
            if (o.equals(chosen)) {
                item.getElement().setAttribute("aria-current", "date");
            }
            list.add(item);
        }
        dates.add(list);
        return dates;
    }

    private ListItem fact(String key, String value) {
        return new ListItem(getTranslation(key) + ": " + value);
    }

}
