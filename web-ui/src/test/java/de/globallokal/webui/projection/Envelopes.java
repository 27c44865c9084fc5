package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Envelopes as partnerships-service writes them, for feeding the projector directly. */
final class Envelopes {

    private Envelopes() {
    }

    static String upsert(String id, long version, String name) {
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id).put("slug", id).put("kind", "TOWN_TWINNING").put("status", "ACTIVE").put("since", 1950);
        data.putObject("partner").put("name", name).put("country", "FR");
        data.putObject("description").put("de", "Beschreibung " + version);
        data.putArray("sdgs").add(11).add(17);
        return write(EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED,
                AggregateTypes.PARTNERSHIP, id, version, "editor", List.of("partner"), data,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version)));
    }

    static String contact(String id, long version, String office) {
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id).put("office", office).put("email", "kontakt@example.org");
        data.putObject("role").put("de", "Koordination");
        return write(EventEnvelope.create("partnerships-service", EventTypes.CONTACT_UPSERTED, AggregateTypes.CONTACT,
                id, version, "editor", List.of("office"), data, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version)));
    }

    static String project(String id, long version) {
        try {
            ObjectNode data = (ObjectNode) Json.strict().readTree("{\"slug\":\"klimaprojekt\",\"partnershipId\":\"p-1\",\"title\":{\"de\":\"Klimaprojekt\"},\"status\":\"RUNNING\",\"funding\":[{\"funder\":\"BMZ\",\"amount\":{\"amountMinor\":100,\"currency\":\"EUR\"}}],\"measures\":[{\"goal\":{\"de\":\"Wasser\"},\"measure\":{\"de\":\"Steinwaelle\"},\"responsible\":\"PARTNER\",\"progress\":60,\"status\":\"RUNNING\"}]}");
            data.put("id", id);
            return write(EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED,
                    AggregateTypes.PROJECT, id, version, "editor", List.of("title"), data,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String deleted(String id, long version) {
        return write(EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_DELETED,
                AggregateTypes.PARTNERSHIP, id, version, "admin", null, null,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version)));
    }

    private static String write(EventEnvelope envelope) {
        try {
            return Json.strict().writeValueAsString(envelope);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
