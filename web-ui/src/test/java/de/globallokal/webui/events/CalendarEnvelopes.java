package de.globallokal.webui.events;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.SampleEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calendar events for feeding read models in view tests: the contract's sample event,
 * made a single date some days ahead, with its own title, kind, status, seats and notice.
 */
public final class CalendarEnvelopes {

    private static final ZoneId OFFICE = ZoneId.of("Europe/Berlin");

    private CalendarEnvelopes() {
    }

    /** A single event twelve days ahead at 19:00, for school classes. */
    public static EventEnvelope event(String title, String category, String status, Integer capacity, String note) {
        return event(title, category, status, capacity, note, 12);
    }

    public static EventEnvelope event(String title, String category, String status, Integer capacity, String note,
            int daysAhead) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime start = LocalDate.now(OFFICE)
            .plusDays(daysAhead)
            .atTime(19, 0)
            .atZone(OFFICE)
            .toOffsetDateTime()
            .truncatedTo(ChronoUnit.MINUTES);
        SampleEnvelope sample = SampleEnvelope.of("event-upserted.v1")
            .about(id, 1)
            .with("/data/title", Map.of("de", title, "en", title))
            .with("/data/category", category)
            .with("/data/summary", Map.of("de", "Kurz gesagt"))
            .with("/data/status", status)
            .with("/time", Instant.now().toString())
            .with("/data/start", start.toString())
            .with("/data/end", start.plusHours(2).toString())
            .with("/data/audiences", List.of("SCHOOLS"))
            .with("/data/occurrences", List.of(Map.of("id", id, "start", start.toString(), "end",
                    start.plusHours(2).toString(), "cancelled", false)));
        ObjectNode data = (ObjectNode) sample.node().get("data");
        // one date, no references to aggregates these tests do not have
        data.remove(List.of("recurrence", "occurrenceChanges", "organiserId", "partnershipIds", "projectIds"));
        if (capacity == null) {
            data.remove(List.of("registration", "seats"));
        }
        else {
            sample.with("/data/registration", Map.of("capacity", capacity))
                .with("/data/seats", List.of(Map.of("occurrenceId", id, "capacity", capacity, "confirmed", 0, "offered",
                        0, "waitlisted", 0)));
        }
        if (note != null) {
            sample.with("/data/statusNote", Map.of("de", note));
        }
        return Json.strict().treeToValue(sample.node(), EventEnvelope.class);
    }

}
