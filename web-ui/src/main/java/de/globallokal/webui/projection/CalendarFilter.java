package de.globallokal.webui.projection;

import static de.globallokal.webui.base.web.QueryValues.first;
import static de.globallokal.webui.base.web.QueryValues.parse;

import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.calendar.Audience;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.webui.base.web.QueryValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The calendar's filters as they stand in a shareable address
 * ({@code ?von=2026-12-01&bis=…&kategorie=TALK&ziel=13&partner=<slug>&zielgruppe=SCHOOLS&suche=…}).
 * Anything unreadable in the address is simply not applied.
 *
 * @param partnershipId the partnership the slug in the address names, resolved by the
 * view
 */
public record CalendarFilter(LocalDate from, LocalDate to, EventCategory category, Integer sdg, String partnerSlug,
        String partnershipId, Audience audience, String text) {

    /** No filter: every coming public date. */
    public static CalendarFilter all() {
        return new CalendarFilter(null, null, null, null, null, null, null, null);
    }

    public static CalendarFilter of(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        return new CalendarFilter(date(first(p, "von")), date(first(p, "bis")),
                parse(EventCategory.class, first(p, "kategorie")), QueryValues.sdg(first(p, "ziel")),
                first(p, "partner"), null, parse(Audience.class, first(p, "zielgruppe")), first(p, "suche"));
    }

    public CalendarFilter withPartnershipId(String id) {
        return new CalendarFilter(from, to, category, sdg, partnerSlug, id, audience, text);
    }

    public QueryParameters toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "von", from);
        put(p, "bis", to);
        put(p, "kategorie", category == null ? null : category.name());
        put(p, "ziel", sdg);
        put(p, "partner", partnerSlug);
        put(p, "zielgruppe", audience == null ? null : audience.name());
        put(p, "suche", text);
        return QueryParameters.simple(p);
    }

    public boolean matches(CalendarEvent event) {
        return (category == null || category == event.category()) && (sdg == null || event.sdgs().contains(sdg))
                && (partnerSlug == null || event.partnershipIds().contains(partnershipId))
                && (audience == null || event.audiences().contains(audience))
                && (text == null || contains(event.title(), text) || contains(event.summary(), text));
    }

    public boolean matches(Occurrence occurrence) {
        return (from == null || !occurrence.end().toLocalDate().isBefore(from))
                && (to == null || !occurrence.start().toLocalDate().isAfter(to));
    }

    private static boolean contains(LocalizedText text, String needle) {
        if (text == null) {
            return false;
        }
        String lower = needle.toLowerCase(Locale.ROOT);
        return Stream.of(text.de(), text.en(), text.fr())
            .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(lower));
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value.toString());
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
