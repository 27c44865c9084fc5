package de.globallokal.webui.projection;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.support.projection.VersionedReadModel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every event as web-ui knows it, drafts included (staff see them); sorted by start. Each
 * comes with the seat counts published for it, so the views read one object.
 */
@Component
public class EventReadModel extends VersionedReadModel<CalendarEvent> {

    private final SeatsReadModel seats;

    EventReadModel(MongoTemplate mongo, SeatsReadModel seats) {
        super(mongo.getDb(), "events", CalendarEvent.class, AggregateTypes.EVENT, "data.start");
        this.seats = seats;
    }

    @Override
    protected Entry<CalendarEvent> entry(Document document) {
        Entry<CalendarEvent> entry = super.entry(document);
        if (entry.state() == null || entry.state().registration() == null) {
            return entry;
        }
        List<Seats> published = seats.of(entry.id());
        // an event from before the counts had their own aggregate carries them itself
        return published.isEmpty() ? entry : new Entry<>(entry.id(), entry.version(), entry.modified(), entry.deleted(),
                entry.state().withSeats(published));
    }

    /**
     * The events the public may see that have a date ending after {@code from}, soonest
     * first.
     */
    public List<Entry<CalendarEvent>> upcomingPublic(Instant from) {
        return current().stream()
            .filter(e -> e.state().status().isPublic())
            .filter(e -> e.state().occurrences().stream().anyMatch(o -> o.end().toInstant().isAfter(from)))
            .sorted(Comparator.comparing(e -> e.state().start().toInstant()))
            .toList();
    }

}
