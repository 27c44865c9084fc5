package de.globallokal.core.calendar;

/**
 * The seat counts of one occurrence: all the public ever learns of its registrations.
 *
 * @param offered seats held for people moved up from the waitlist until they claim them
 * @param pending seats held for sign-ups whose address is not yet confirmed by the link
 * in their e-mail; they go to the next person when the link is not opened in time
 * @param attended registrants checked in at the door
 * @param walkIns people who came without registering, counted at the door
 */
public record Seats(String occurrenceId, int capacity, int confirmed, int offered, int waitlisted, int pending,
        int attended, int walkIns) {

    /** Everyone who came: checked-in registrants and walk-ins. */
    public int came() {
        return attended + walkIns;
    }

    public int available() {
        return Math.max(0, capacity - confirmed - offered - pending);
    }
}
