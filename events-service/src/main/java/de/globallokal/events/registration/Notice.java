package de.globallokal.events.registration;

import java.time.Instant;

/**
 * Something a registrant must be told, stored in the same write as the change it tells of
 * and drained into the message outbox by {@link NoticeRelay}, so no crash can lose it.
 *
 * @param id the id its message will have: draining twice sends once
 * @param token the secret of a link made by this change, only until the message is
 * written
 * @param position the waitlist place when the notice was written
 * @param farewell the address and name to write to when the same write forgets them (a
 * cancellation anonymises at once); the message forgets them once sent
 * @param was what the registrant had been told of the date before a change; null for
 * other notices
 * @param letter what staff wrote to the registrants of a date; null for other notices
 */
record Notice(String id, Kind kind, String token, int position, Instant created, Farewell farewell, DatePlan was,
        Letter letter) {

    Notice(String id, Kind kind, String token, int position, Instant created, Farewell farewell) {
        this(id, kind, token, position, created, farewell, null, null);
    }

    record Farewell(String email, String name) {
    }

    record Letter(String subject, String text) {
    }

    enum Kind {

        /** Open the link to confirm the seat held for you. */
        PENDING,
        /** Open the link to confirm your place on the waitlist. */
        PENDING_WAITLISTED, CONFIRMED, WAITLISTED, OFFERED, CLAIMED, CANCELLED, EXPIRED,
        /** Someone signed this address up again; nothing changed. */
        ALREADY_REGISTERED,
        /** The date, or the whole event, is called off. */
        DATE_CANCELLED,
        /** The event is put off until a new date is known. */
        POSTPONED,
        /** A called-off or put-off date takes place after all. */
        RESUMED,
        /** The date has another time. */
        MOVED,
        /** The date has another place. */
        PLACE_CHANGED,
        /** The date is tomorrow. */
        REMINDER,
        /** Staff wrote to everyone registered for the date. */
        LETTER

    }

}
