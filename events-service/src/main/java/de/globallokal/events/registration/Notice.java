package de.globallokal.events.registration;

/** Something a registrant must be told after a change was stored. */
record Notice(Kind kind, Registration registration, String token) {

    enum Kind {

        CONFIRMED, WAITLISTED, OFFERED, CLAIMED, CANCELLED, EXPIRED

    }

    Notice(Kind kind, Registration registration) {
        this(kind, registration, null);
    }
}
