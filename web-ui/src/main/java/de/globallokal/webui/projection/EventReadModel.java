package de.globallokal.webui.projection;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.support.projection.VersionedReadModel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Every event as web-ui knows it, drafts included (staff see them); sorted by start. */
@Component
public class EventReadModel extends VersionedReadModel<CalendarEvent> {

    EventReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "events", CalendarEvent.class, AggregateTypes.EVENT, "data.start");
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
