package de.globallokal.support.outbox;

import de.globallokal.support.tracing.TraceContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Makes a service's aggregate collections, each with the relay that publishes its outbox
 * to the owner's change topic, and runs those relays with the application. Every relay of
 * a service shares one producer, made here from {@code spring.kafka.producer.*}, so a
 * service needs no Kafka template of its own for its changes.
 */
public class Outboxes implements SmartLifecycle {

    private final MongoTemplate mongo;

    private final KafkaTemplate<String, String> kafka;

    private final OutboxProperties settings;

    private final String source;

    private final String instance;

    private final Clock clock;

    private final TraceContext trace;

    private final List<OutboxRelay> relays = new CopyOnWriteArrayList<>();

    private volatile boolean running;

    /**
     * @param source the service's name, as every envelope it publishes names it
     * @param instance this instance's name among the service's instances, as its leases
     * name it
     * @param trace names the trace of each change in its envelope
     */
    public Outboxes(MongoTemplate mongo, KafkaProperties kafka, OutboxProperties settings, String source,
            String instance, Clock clock, TraceContext trace) {
        this.trace = trace;
        this.mongo = mongo;
        this.kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
                new StringSerializer(), new StringSerializer()));
        this.settings = settings;
        this.source = source;
        this.instance = instance;
        this.clock = clock;
    }

    /**
     * The documents of one aggregate type in {@code collection}, their changes published
     * to {@code topic}.
     */
    public <T> AggregateCollection<T> collection(String collection, String topic, Class<T> type, String aggregateType) {
        OutboxLease lease = new OutboxLease(mongo.getCollection(OutboxLease.COLLECTION), collection, instance,
                settings.leaseTime(), clock);
        OutboxRelay relay = new OutboxRelay(mongo.getCollection(collection), topic, kafka, settings.interval(),
                settings.sweepInterval(), settings.sendTimeout(), lease);
        relays.add(relay);
        if (running) {
            relay.start();
        }
        return new AggregateCollection<>(mongo.getCollection(collection), relay, type, source, aggregateType, trace);
    }

    public List<OutboxRelay> relays() {
        return List.copyOf(relays);
    }

    @Override
    public void start() {
        relays.forEach(OutboxRelay::start);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        relays.forEach(OutboxRelay::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

}
