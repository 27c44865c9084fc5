package de.globallokal.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;

/**
 * The full state of a contact point as carried in {@code contact.upserted.v1} events. A
 * contact point is a role first (who to ask about what), a person second.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactPoint(String id, LocalizedText role, String office, String person, PostalAddress address,
        String phone, String fax, String email, Instant created, Instant modified) {
}
