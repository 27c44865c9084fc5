package de.globallokal.events.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One person's registration for one occurrence. Kept only in events-service; after
 * anonymisation or erasure the personal fields are null and {@code anonymised} is true.
 *
 * @param tokenHash SHA-256 of the secret in the cancellation link; the secret itself is
 * never stored
 * @param claimTokenHash SHA-256 of the secret in the link that claims an offered seat
 * @param emailKey the e-mail address in lower case, to refuse a second booking; null once
 * anonymised
 * @param offeredUntil the claim deadline of an {@code OFFERED} seat
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Registration(String id, String occurrenceId, RegistrationStatus status, String name, String email,
        String emailKey, String phone, String note, String language, String consentVersion, Instant consentAt,
        String tokenHash, String claimTokenHash, Instant offeredUntil, boolean anonymised, Instant created,
        Instant modified) {

    Registration withStatus(RegistrationStatus newStatus, Instant time) {
        return new Registration(id, occurrenceId, newStatus, name, email, emailKey, phone, note, language,
                consentVersion, consentAt, tokenHash, null, null, anonymised, created, time);
    }

    Registration offered(Instant until, String newClaimTokenHash, Instant time) {
        return new Registration(id, occurrenceId, RegistrationStatus.OFFERED, name, email, emailKey, phone, note,
                language, consentVersion, consentAt, tokenHash, newClaimTokenHash, until, anonymised, created, time);
    }

    boolean answersTo(String hash) {
        return hash.equals(tokenHash) || hash.equals(claimTokenHash);
    }

    /**
     * The same registration without anything that names a person; status and dates stay
     * for the counts.
     */
    Registration anonymisedAt(Instant time) {
        return new Registration(id, occurrenceId, status, null, null, null, null, null, language, consentVersion,
                consentAt, tokenHash, claimTokenHash, offeredUntil, true, created, time);
    }
}
