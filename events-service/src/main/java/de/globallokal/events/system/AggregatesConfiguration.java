package de.globallokal.events.system;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.Outboxes;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The events and their seat counts, published to the events topic. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AggregatesConfiguration {

    /** This service owns the topic, so it alone declares it. */
    @Bean
    NewTopic eventsTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.changeTopic(Topics.EVENTS, replicas);
    }

    @Bean
    AggregateCollection<CalendarEvent> events(Outboxes outboxes) {
        return outboxes.collection("events", Topics.EVENTS, CalendarEvent.class, AggregateTypes.EVENT);
    }

    /** The seat counts of each event, published apart from it (DD015). */
    @Bean
    AggregateCollection<EventSeats> seats(Outboxes outboxes) {
        return outboxes.collection("seats", Topics.EVENTS, EventSeats.class, AggregateTypes.SEATS);
    }

}
