package de.globallokal.webui.events;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Calendar events as events-service publishes them, for feeding read models in view tests. */
public final class CalendarEnvelopes {

    private CalendarEnvelopes() {
    }

    /** A single event twelve days ahead at 19:00 in a town hall, for school classes. */
    public static EventEnvelope event(String title, String category, String status, Integer capacity, String note) throws Exception {
        return event(title, category, status, capacity, note, 12);
    }

    public static EventEnvelope event(String title, String category, String status, Integer capacity, String note,
            int daysAhead) throws Exception {
        String id = UUID.randomUUID().toString();
        OffsetDateTime start = LocalDate.now().plusDays(daysAhead).atTime(19, 0).atZone(ZoneId.of("Europe/Berlin"))
                .toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES);
        ObjectNode data = (ObjectNode) Json.strict().readTree("""
                {"title":{"de":"%s","en":"%s"},"summary":{"de":"Kurz gesagt"},"start":"%s","end":"%s","zone":"Europe/Berlin",
                 "allDay":false,"category":"%s","status":"%s","audiences":["SCHOOLS"],"languages":["de"],
                 "venue":{"name":"Rathaus","address":{"street":"Marktplatz 1","postalCode":"12345","city":"Musterstadt"}},
                 "occurrences":[{"id":"%s","start":"%s","end":"%s","cancelled":false}]}"""
                .formatted(title, title, start, start.plusHours(2), category, status, id, start, start.plusHours(2)));
        data.put("id", id);
        if (capacity != null) {
            data.putObject("registration").put("capacity", capacity);
            data.putArray("seats").addObject().put("occurrenceId", id).put("capacity", capacity).put("confirmed", 0)
                    .put("offered", 0).put("waitlisted", 0);
        }
        if (note != null) {
            data.putObject("statusNote").put("de", note);
        }
        return EventEnvelope.create("events-service", EventTypes.EVENT_UPSERTED, AggregateTypes.EVENT, id, 1, "editor",
                List.of(), data, Instant.now());
    }
}
