package de.globallokal.core.calendar;

/**
 * The publication workflow. A {@code SCHEDULED} event becomes {@code PUBLISHED} at its
 * publish time; postponed and cancelled events stay visible with a notice.
 */
public enum EventStatus {

    DRAFT, SCHEDULED, PUBLISHED, POSTPONED, CANCELLED;

    /** True for the states the public side may show. */
    public boolean isPublic() {
        return this == PUBLISHED || this == POSTPONED || this == CANCELLED;
    }

    /** True when people may still sign up in this state. */
    public boolean takesRegistrations() {
        return this == PUBLISHED;
    }

}
