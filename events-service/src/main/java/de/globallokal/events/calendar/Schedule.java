package de.globallokal.events.calendar;

import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.OccurrenceChange;
import de.globallokal.core.calendar.Recurrence;
import de.globallokal.support.web.FieldError;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The concrete dates of an event. Local times are expanded first and given their zone's
 * offset afterwards, so a weekly 15:00 stays 15:00 across the change to summer time.
 */
public final class Schedule {

    /** A series longer than this is refused: the public calendar shows every date. */
    public static final int MAX_OCCURRENCES = 200;

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Schedule() {
    }

    /**
     * @param start local start of the first occurrence
     * @param end local end of the first occurrence (exclusive midnight for all-day
     * events)
     * @throws InvalidRequestException for a rule that is not weekly/monthly with COUNT or
     * UNTIL, or that gives too many dates
     */
    public static List<Occurrence> occurrences(String eventId, LocalDateTime start, LocalDateTime end, ZoneId zone,
            Recurrence recurrence, List<OccurrenceChange> changes) {
        if (recurrence == null) {
            return List.of(new Occurrence(eventId, start.atZone(zone).toOffsetDateTime(),
                    end.atZone(zone).toOffsetDateTime(), false, null));
        }
        Duration length = Duration.between(start, end);
        Map<LocalDate, OccurrenceChange> byDate = new LinkedHashMap<>();
        changes.forEach(change -> byDate.put(change.date(), change));
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDateTime date : dates(start, recurrence)) {
            LocalDate day = date.toLocalDate();
            if (recurrence.exceptions().contains(day)) {
                continue;
            }
            OccurrenceChange change = byDate.get(day);
            LocalDateTime from = change != null && change.start() != null ? change.start() : date;
            LocalDateTime until = change != null && change.end() != null ? change.end() : from.plus(length);
            occurrences.add(new Occurrence(eventId + "-" + ID_DATE.format(day), from.atZone(zone).toOffsetDateTime(),
                    until.atZone(zone).toOffsetDateTime(), change != null && change.isCancelled(),
                    change == null ? null : change.note()));
        }
        return occurrences;
    }

    /**
     * The dates the rule gives, starting with the first one; checks the rule on the way.
     */
    static List<LocalDateTime> dates(LocalDateTime start, Recurrence recurrence) {
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(recurrence.rule().trim());
        }
        catch (RuntimeException e) {
            throw new InvalidRequestException("recurrence.rule",
                    "is not an RRULE such as FREQ=WEEKLY;COUNT=6 (" + e.getMessage() + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        if (recur.getFrequency() != Frequency.WEEKLY && recur.getFrequency() != Frequency.MONTHLY) {
            errors
                .add(new FieldError("recurrence.rule", "must repeat weekly or monthly (FREQ=WEEKLY or FREQ=MONTHLY)"));
        }
        if (recur.getCount() < 1 && recur.getUntil() == null) {
            errors.add(new FieldError("recurrence.rule", "must end: give COUNT or UNTIL"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<LocalDateTime> dates;
        try {
            dates = recur.getDates(start, start, start.plusYears(5), MAX_OCCURRENCES + 1);
        }
        catch (RuntimeException e) {
            throw new InvalidRequestException("recurrence.rule", "cannot be expanded (" + e.getMessage() + ")");
        }
        if (dates.size() > MAX_OCCURRENCES) {
            throw new InvalidRequestException("recurrence.rule", "gives more than " + MAX_OCCURRENCES + " dates");
        }
        if (dates.isEmpty()) {
            throw new InvalidRequestException("recurrence.rule", "gives no date at all");
        }
        return dates;
    }

}
