package de.globallokal.events.registration;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A registration as a document and back, field by field: the sign-up path parses no JSON.
 * The keys that only exist while they mean something ({@code activeKey}) are worked out
 * here, so no writer forgets them.
 */
final class RegistrationDocuments {

    private RegistrationDocuments() {
    }

    static String activeKey(String occurrenceId, String emailKey) {
        return Tokens.hash(occurrenceId + "|" + emailKey);
    }

    static Document of(Registration r) {
        Document d = new Document("_id", r.id());
        fields(r).forEach((name, value) -> {
            if (value != null) {
                d.append(name, value);
            }
        });
        return d;
    }

    /** The updates that make a stored registration equal to {@code r}. */
    static List<Bson> changes(Registration r) {
        List<Bson> updates = new ArrayList<>();
        fields(r).forEach((name, value) -> updates.add(value == null ? Updates.unset(name) : Updates.set(name, value)));
        return updates;
    }

    private static Map<String, Object> fields(Registration r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("eventId", r.eventId());
        f.put("occurrenceId", r.occurrenceId());
        f.put("status", r.status().name());
        f.put("verified", r.verified());
        f.put("name", r.name());
        f.put("email", r.email());
        f.put("emailKey", r.emailKey());
        f.put("activeKey",
                r.status().isActive() && r.emailKey() != null ? activeKey(r.occurrenceId(), r.emailKey()) : null);
        f.put("phone", r.phone());
        f.put("note", r.note());
        f.put("language", r.language());
        f.put("consentVersion", r.consentVersion());
        f.put("consentAt", date(r.consentAt()));
        f.put("tokenHash", r.tokenHash());
        f.put("claimTokenHash", r.claimTokenHash());
        f.put("ticket", r.ticket());
        f.put("offeredUntil", date(r.offeredUntil()));
        f.put("confirmBy", date(r.confirmBy()));
        f.put("attended", r.attended());
        f.put("anonymised", r.anonymised());
        f.put("created", date(r.created()));
        f.put("modified", date(r.modified()));
        return f;
    }

    static Registration registration(Document d) {
        Number ticket = d.get("ticket", Number.class);
        return new Registration(d.getString("_id"), d.getString("eventId"), d.getString("occurrenceId"),
                RegistrationStatus.valueOf(d.getString("status")), d.getBoolean("verified", false), d.getString("name"),
                d.getString("email"), d.getString("emailKey"), d.getString("phone"), d.getString("note"),
                d.getString("language"), d.getString("consentVersion"), instant(d.getDate("consentAt")),
                d.getString("tokenHash"), d.getString("claimTokenHash"), ticket == null ? null : ticket.longValue(),
                instant(d.getDate("offeredUntil")), instant(d.getDate("confirmBy")), d.getBoolean("attended", false),
                d.getBoolean("anonymised", false), instant(d.getDate("created")), instant(d.getDate("modified")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

}
