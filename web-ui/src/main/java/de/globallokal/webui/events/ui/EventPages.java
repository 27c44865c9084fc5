package de.globallokal.webui.events.ui;

import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.Seats;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.projection.CalendarDates.Dated;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarEntries;
import de.globallokal.webui.projection.CalendarEntry;
import de.globallokal.webui.projection.CalendarFilter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first responses of the calendar (its filters and pages from the address) and of an
 * event's page with its schema.org Event: what {@link EventsView} and {@link EventView}
 * show, as plain HTML.
 */
@Configuration(proxyBeanMethods = false)
class EventPages {

    @Bean
    ServerPageSource calendarPage(CalendarDates calendar, Clock clock) {
        return ServerPageSource.of(PublicPaths.EVENTS, (parameters, page) -> {
            CalendarFilter filter = CalendarFilter.of(new QueryParameters(page.query()));
            List<Dated> dates = calendar.matching(filter, clock.instant());
            int pages = Math.max(1, (dates.size() + EventsView.PAGE_SIZE - 1) / EventsView.PAGE_SIZE);
            int shown = Math.min(pages, Math.max(1, number(QueryValues.first(page.query(), "seite"))));
            List<Item> cards = dates.stream()
                .skip((long) (shown - 1) * EventsView.PAGE_SIZE)
                .limit(EventsView.PAGE_SIZE)
                .map(dated -> card(dated, page))
                .toList();
            String filterQuery = filter.toQuery().getQueryString();
            List<Link> pager = new ArrayList<>();
            for (int target : new int[] { shown - 1, shown + 1 }) {
                if (target >= 1 && target <= pages) {
                    Map<String, List<String>> query = new LinkedHashMap<>(filter.toQuery().getParameters());
                    query.put("seite", List.of(String.valueOf(target)));
                    pager.add(new Link(page.text(target < shown ? "events.page.previous" : "events.page.next"),
                            page.href(PublicPaths.EVENTS) + "?" + new QueryParameters(query).getQueryString()));
                }
            }
            pager.add(new Link(page.text("events.subscribe"),
                    page.absolute("/feeds/events.ics" + (filterQuery.isEmpty() ? "" : "?" + filterQuery))));
            pager.add(new Link(page.text("events.atom"), page.absolute("/feeds/events.atom")));
            return Optional.of(ServerPage.builder("gl-events", page.text("events.title"))
                .lead(page.text("events.intro"))
                .block(null,
                        List.of(page.text("events.count", dates.size())
                                + (pages > 1 ? " · " + page.text("events.page", shown, pages) : "")),
                        List.of(), List.of())
                .cards(null, cards, null, pager.toArray(Link[]::new))
                .data(ServerPages.itemList(page.text("events.title"), cards))
                .build());
        });
    }

    private static Item card(Dated dated, PageContext page) {
        CalendarEvent e = dated.event();
        Occurrence o = dated.occurrence();
        List<String> details = new ArrayList<>();
        if (e.status() != EventStatus.PUBLISHED || o.cancelled()) {
            details.add(page.text("event.status." + (o.cancelled() ? EventStatus.CANCELLED : e.status()).name()));
        }
        if (e.venue() != null) {
            details.add(e.venue().name());
        }
        else if (e.onlineUrl() != null) {
            details.add(page.text("events.online"));
        }
        if (e.summary() != null) {
            details.add(e.summary().in(page.locale()));
        }
        String seats = e.status() == EventStatus.PUBLISHED && !o.cancelled() ? EventTexts.seats(page::text, e, o)
                : null;
        if (seats != null) {
            details.add(seats);
        }
        return new Item(e.title().in(page.locale()), page.href(PublicPaths.EVENT, o.id()), o.start().toString(),
                EventTexts.when(page::text, page.locale(), e, o), details)
            .badged(page.text("event.category." + e.category().name()));
    }

    @Bean
    ServerPageSource eventPage(CalendarEntries entries) {
        return ServerPageSource.of(PublicPaths.EVENT, (parameters, page) -> {
            String id = parameters.get("id");
            return EventView.find(entries, id)
                .filter(entry -> entry.event().status().isPublic())
                .map(entry -> event(entry, id, page));
        });
    }

    private static ServerPage event(CalendarEntry entry, String id, PageContext page) {
        CalendarEvent e = entry.event();
        Locale locale = page.locale();
        String title = e.title().in(locale);
        ServerPage.Builder builder = ServerPage.builder("gl-event", title)
            .description(e.summary() == null ? title : e.summary().in(locale));
        if (e.image() != null) {
            builder.picture(e.image().url(), e.image().alt().in(locale), e.image().credit());
        }
        if (e.status() != EventStatus.PUBLISHED) {
            builder.lead(page.text("event.status." + e.status().name())
                    + (e.statusNote() == null ? "" : ": " + e.statusNote().in(locale)));
        }
        if (e.summary() != null) {
            builder.lead(e.summary().in(locale));
        }
        List<Item> facts = new ArrayList<>();
        facts.add(fact(page, "event.category", page.text("event.category." + e.category().name())));
        if (e.venue() != null) {
            facts.add(fact(page, "event.place",
                    e.venue().name() + (e.venue().address() == null ? "" : ", " + e.venue().address().street() + ", "
                            + e.venue().address().postalCode() + " " + e.venue().address().city())));
        }
        if (e.onlineUrl() != null) {
            facts.add(Item.of(page.text("event.online") + ": " + e.onlineUrl(), e.onlineUrl()));
        }
        facts.add(fact(page, "event.price", EventTexts.price(page::text, locale, e.price())));
        if (e.accessibility() != null) {
            facts.add(fact(page, "event.accessibility", e.accessibility().in(locale)));
        }
        if (entry.organiserName() != null) {
            facts.add(Item.of(page.text("event.organiser") + ": " + entry.organiserName(),
                    page.href(PublicPaths.ACTOR, entry.organiserPath())));
        }
        entry.partnerships()
            .forEach(p -> facts.add(Item.of(page.text("event.partnerships") + ": " + p.name(),
                    p.slug() == null ? null : page.href(PublicPaths.PARTNERSHIP, p.slug()))));
        builder.block(null, List.of(), facts, List.of());
        List<Item> dates = new ArrayList<>();
        for (Occurrence o : e.occurrences()) {
            String seats = e.registration() == null ? null : EventTexts.seats(page::text, e, o);
            dates.add(Item.dated(EventTexts.when(page::text, locale, e, o), null, o.start().toString(), null,
                    o.cancelled() ? page.text("event.status.CANCELLED") : seats == null ? "" : seats));
        }
        builder.list(page.text(e.occurrences().size() > 1 ? "event.dates" : "event.date"), dates);
        if (e.description() != null) {
            builder.text(page.text("event.about"), e.description().in(locale));
        }
        if (!e.sdgs().isEmpty()) {
            builder.list(page.text("event.sdgs"), ServerPages.goals(e.sdgs(), page));
        }
        builder.list(null, List.of(),
                new Link(page.text("event.add-to-calendar"), page.absolute("/feeds/events/" + e.id() + ".ics")),
                new Link(page.text("event.back"), page.href(PublicPaths.EVENTS)));
        return builder.data(structuredData(entry, id, title, page)).build();
    }

    private static Item fact(PageContext page, String key, String value) {
        return Item.of(page.text(key) + ": " + value, null);
    }

    /**
     * schema.org Event with its Place (or online location), organiser, offers with the
     * seats left and the status, for search engines.
     */
    private static Map<String, Object> structuredData(CalendarEntry entry, String id, String title, PageContext page) {
        CalendarEvent e = entry.event();
        Map<String, Object> event = ServerPages.object("Event");
        event.put("name", title);
        event.put("url", page.href(PublicPaths.EVENT, id));
        if (e.summary() != null) {
            event.put("description", e.summary().in(page.locale()));
        }
        event.put("startDate", e.start().toString());
        event.put("endDate", e.end().toString());
        event.put("eventStatus", switch (e.status()) {
            case CANCELLED -> "https://schema.org/EventCancelled";
            case POSTPONED -> "https://schema.org/EventPostponed";
            default -> "https://schema.org/EventScheduled";
        });
        event.put("eventAttendanceMode", e.onlineUrl() != null && e.venue() == null
                ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode");
        if (e.venue() != null) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", e.venue().name());
            if (e.venue().address() != null) {
                Map<String, Object> address = new LinkedHashMap<>();
                address.put("@type", "PostalAddress");
                address.put("streetAddress", e.venue().address().street());
                address.put("postalCode", e.venue().address().postalCode());
                address.put("addressLocality", e.venue().address().city());
                place.put("address", address);
            }
            event.put("location", place);
        }
        else if (e.onlineUrl() != null) {
            event.put("location", Map.of("@type", "VirtualLocation", "url", e.onlineUrl()));
        }
        if (e.image() != null) {
            event.put("image", page.absolute(e.image().url()));
        }
        event.put("organizer",
                entry.organiserName() != null
                        ? Map.of("@type", "Organization", "name", entry.organiserName(), "url",
                                page.href(PublicPaths.ACTOR, entry.organiserPath()))
                        : Map.of("@type", "Organization", "name", page.text("app.name"), "url", page.href("")));
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", page.href(PublicPaths.EVENT, id));
        offer.put("price", e.price() == null ? "0" : String.valueOf(e.price().amountMinor() / 100.0));
        offer.put("priceCurrency", e.price() == null ? "EUR" : e.price().currency());
        offer.put("availability", availability(e, id));
        event.put("offers", offer);
        if (e.occurrences().size() > 1) {
            event.put("subEvent",
                    e.occurrences()
                        .stream()
                        .map(o -> Map.of("@type", "Event", "name", title, "startDate", o.start().toString(), "endDate",
                                o.end().toString()))
                        .toList());
        }
        return event;
    }

    private static String availability(CalendarEvent e, String id) {
        if (e.registration() == null) {
            return "https://schema.org/InStock";
        }
        String occurrence = e.occurrences().stream().anyMatch(o -> o.id().equals(id)) ? id
                : e.occurrences().getFirst().id();
        return e.seatsOf(occurrence)
            .map(Seats::available)
            .map(left -> left > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut")
            .orElse("https://schema.org/InStock");
    }

    private static int number(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

}
