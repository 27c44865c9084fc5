package de.globallokal.events.registration;

/**
 * Where a registration stands. {@code PENDING} holds a seat until the person opens the
 * link in the confirmation e-mail ({@code CONFIRMED}) or the time for it runs out
 * ({@code EXPIRED}). {@code OFFERED} holds a seat for someone moved up from the waitlist
 * until they claim it ({@code CONFIRMED}) or the claim deadline passes ({@code EXPIRED}).
 */
public enum RegistrationStatus {

    PENDING, CONFIRMED, WAITLISTED, OFFERED, CANCELLED, EXPIRED;

    boolean isActive() {
        return this == PENDING || this == CONFIRMED || this == WAITLISTED || this == OFFERED;
    }

    boolean holdsSeat() {
        return this == PENDING || this == CONFIRMED || this == OFFERED;
    }

    /** The counter field of a date that counts registrations in this status. */
    String counter() {
        return switch (this) {
            case PENDING -> "pending";
            case CONFIRMED -> "confirmed";
            case OFFERED -> "offered";
            case WAITLISTED -> "waiting";
            case CANCELLED, EXPIRED -> null;
        };
    }

}
