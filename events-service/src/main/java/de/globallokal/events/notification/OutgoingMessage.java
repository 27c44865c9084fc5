package de.globallokal.events.notification;

import java.time.Instant;

/**
 * A message to one registrant. {@code eventId} and {@code keepUntil} let the
 * anonymisation find it: it names a person as much as the registration does.
 *
 * @param id the id of the notice it tells: stored twice, it is still one message
 * @param forgetOnceSent the registration no longer names the person: once the message has
 * left, neither does it
 * @param calendar the date as an iCalendar file to attach, null for none
 */
public record OutgoingMessage(String id, String eventId, String registrationId, String kind, String to,
        boolean forgetOnceSent, String subject, String body, String calendar, Instant keepUntil) {
}
