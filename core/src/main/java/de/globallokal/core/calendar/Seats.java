package de.globallokal.core.calendar;

/**
 * The seat counts of one occurrence: all the public ever learns of its registrations.
 *
 * @param offered seats held for people moved up from the waitlist until they claim them
 */
public record Seats(String occurrenceId, int capacity, int confirmed, int offered, int waitlisted) {

    public int available() {
        return Math.max(0, capacity - confirmed - offered);
    }
}
