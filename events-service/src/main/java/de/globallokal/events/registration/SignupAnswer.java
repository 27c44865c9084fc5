package de.globallokal.events.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a registrant learns about their own registration through their link, or staff
 * about one they took: never anyone else's data. The secret of the link only ever travels
 * by e-mail.
 *
 * @param position place on the waitlist (1 = next), only while waiting
 * @param verified the address is confirmed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignupAnswer(String id, String eventId, String occurrenceId, RegistrationStatus status, boolean verified,
        Integer position, Instant offeredUntil, Instant confirmBy) {

    static SignupAnswer of(Registration r, int position) {
        return new SignupAnswer(r.id(), r.eventId(), r.occurrenceId(), r.status(), r.verified(),
                position > 0 ? position : null, r.offeredUntil(), r.confirmBy());
    }
}
