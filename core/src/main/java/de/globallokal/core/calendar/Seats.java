package de.globallokal.core.calendar;

/**
 * The seat counts of one occurrence: all the public ever learns of its registrations.
 *
 * @param offered seats held for people moved up from the waitlist until they claim them
 * @param pending seats held for sign-ups whose address is not yet confirmed by the link
 * in their e-mail; they go to the next person when the link is not opened in time
 */
public record Seats(String occurrenceId, int capacity, int confirmed, int offered, int waitlisted, int pending) {

    public int available() {
        return Math.max(0, capacity - confirmed - offered - pending);
    }
}
