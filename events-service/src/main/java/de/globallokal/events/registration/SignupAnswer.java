package de.globallokal.events.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a registrant learns about their registration: never anyone else's data.
 *
 * @param position place on the waitlist (1 = next), only while waiting
 * @param cancelToken the secret of the cancellation link, only in the answer to the
 * sign-up itself
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignupAnswer(String id, String eventId, String occurrenceId, RegistrationStatus status, Integer position,
        Instant offeredUntil, String cancelToken) {

    static SignupAnswer of(String eventId, Registration r, int position, String token) {
        return new SignupAnswer(r.id(), eventId, r.occurrenceId(), r.status(), position > 0 ? position : null,
                r.offeredUntil(), token);
    }
}
