package de.globallokal.webui.projection;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The coming public dates that match a filter, soonest first: for the calendar page and
 * the feeds alike.
 */
@Service
public class CalendarDates {

    private final EventReadModel events;

    private final PartnershipReadModel partnerships;

    CalendarDates(EventReadModel events, PartnershipReadModel partnerships) {
        this.events = events;
        this.partnerships = partnerships;
    }

    /** One date of a public event; a series has one per occurrence. */
    public record Dated(CalendarEvent event, Occurrence occurrence) {
    }

    public List<Dated> matching(CalendarFilter filter, Instant now) {
        CalendarFilter resolved = filter.partnerSlug() == null ? filter
                : filter.withPartnershipId(partnerships.findBySlug(filter.partnerSlug()).map(Entry::id).orElse(""));
        List<Dated> dates = new ArrayList<>();
        for (Entry<CalendarEvent> entry : events.upcomingPublic(now)) {
            CalendarEvent e = entry.state();
            if (resolved.matches(e)) {
                e.occurrences()
                    .stream()
                    .filter(o -> o.end().toInstant().isAfter(now))
                    .filter(resolved::matches)
                    .forEach(o -> dates.add(new Dated(e, o)));
            }
        }
        dates.sort(Comparator.comparing(d -> d.occurrence().start().toInstant()));
        return dates;
    }

}
