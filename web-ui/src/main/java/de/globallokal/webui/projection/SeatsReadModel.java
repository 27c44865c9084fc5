package de.globallokal.webui.projection;

import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The seat counts of each event, which events-service publishes apart from the event
 * (DD015) so that a sign-up rush does not rewrite it.
 */
@Component
public class SeatsReadModel extends VersionedReadModel<EventSeats> {

    SeatsReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "event_seats", EventSeats.class, AggregateTypes.SEATS, "data.eventId");
    }

    /** The counts of each date of the event; empty before its first sign-up news. */
    public List<Seats> of(String eventId) {
        return findCurrent(EventSeats.idOf(eventId)).map(e -> e.state().dates()).orElse(List.of());
    }

}
