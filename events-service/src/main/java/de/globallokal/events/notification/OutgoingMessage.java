package de.globallokal.events.notification;

import java.time.Instant;

/**
 * A message to one registrant. {@code eventId} and {@code keepUntil} let the
 * anonymisation find it: it names a person as much as the registration does.
 */
public record OutgoingMessage(String eventId, String registrationId, String kind, String to, String subject,
        String body, Instant keepUntil) {
}
