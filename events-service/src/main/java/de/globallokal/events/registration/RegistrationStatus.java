package de.globallokal.events.registration;

/**
 * Where a registration stands. {@code OFFERED} holds a seat for someone moved up from the
 * waitlist until they claim it ({@code CONFIRMED}) or the claim deadline passes
 * ({@code EXPIRED}).
 */
public enum RegistrationStatus {

    CONFIRMED, WAITLISTED, OFFERED, CANCELLED, EXPIRED;

    boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED || this == OFFERED;
    }

    boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

}
