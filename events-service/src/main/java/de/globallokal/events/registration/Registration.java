package de.globallokal.events.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One person's registration for one date. Kept only in events-service, each in its own
 * document (DD015); after anonymisation or erasure the personal fields are null and
 * {@code anonymised} is true.
 *
 * @param verified the person opened the link in the confirmation e-mail (or staff took
 * the sign-up themselves); until then a held seat is {@code PENDING}
 * @param tokenHash SHA-256 of the secret in the registrant's link; the secret itself is
 * never stored
 * @param claimTokenHash SHA-256 of the secret in the link that claims an offered seat
 * @param emailKey the e-mail address in lower case, to refuse a second booking; null once
 * anonymised
 * @param ticket the place in the order of arrival on the waitlist of its date
 * @param offeredUntil the claim deadline of an {@code OFFERED} seat
 * @param confirmBy until when an unverified sign-up may be confirmed
 * @param attended checked in at the door
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Registration(String id, String eventId, String occurrenceId, RegistrationStatus status, boolean verified,
        String name, String email, String emailKey, String phone, String note, String language, String consentVersion,
        Instant consentAt, String tokenHash, String claimTokenHash, Long ticket, Instant offeredUntil,
        Instant confirmBy, boolean attended, boolean anonymised, Instant created, Instant modified) {

    Registration withStatus(RegistrationStatus newStatus, Instant time) {
        return new Registration(id, eventId, occurrenceId, newStatus, verified, name, email, emailKey, phone, note,
                language, consentVersion, consentAt, tokenHash, null, ticket, null,
                newStatus == RegistrationStatus.PENDING ? confirmBy : null, attended, anonymised, created, time);
    }

    Registration verifiedAt(Instant time) {
        return new Registration(id, eventId, occurrenceId,
                status == RegistrationStatus.PENDING ? RegistrationStatus.CONFIRMED : status, true, name, email,
                emailKey, phone, note, language, consentVersion, consentAt, tokenHash, claimTokenHash, ticket,
                offeredUntil, null, attended, anonymised, created, time);
    }

    Registration offered(Instant until, String newClaimTokenHash, Instant time) {
        return new Registration(id, eventId, occurrenceId, RegistrationStatus.OFFERED, verified, name, email, emailKey,
                phone, note, language, consentVersion, consentAt, tokenHash, newClaimTokenHash, ticket, until, null,
                attended, anonymised, created, time);
    }

    Registration checkedIn(boolean present, Instant time) {
        return new Registration(id, eventId, occurrenceId, status, verified, name, email, emailKey, phone, note,
                language, consentVersion, consentAt, tokenHash, claimTokenHash, ticket, offeredUntil, confirmBy,
                present, anonymised, created, time);
    }

    /**
     * The same registration without anything that names a person; status and dates stay
     * for the counts.
     */
    Registration anonymisedAt(Instant time) {
        return new Registration(id, eventId, occurrenceId, status, verified, null, null, null, null, null, language,
                consentVersion, consentAt, tokenHash, claimTokenHash, ticket, offeredUntil, confirmBy, attended, true,
                created, time);
    }
}
