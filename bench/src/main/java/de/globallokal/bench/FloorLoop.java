package de.globallokal.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

/**
 * The floor: consume a topic and upsert every record into MongoDB, one by one, committing
 * after each poll's writes — what any projector must do at least, without our code.
 */
final class FloorLoop implements AutoCloseable {

    private final String bootstrap;

    private final String topic;

    private final MongoCollection<Document> target;

    private final AtomicBoolean running = new AtomicBoolean(true);

    private final AtomicLong applied = new AtomicLong();

    private final Thread thread;

    FloorLoop(String bootstrap, String topic, MongoCollection<Document> target) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.target = target;
        this.thread = new Thread(this::loop, "floor-" + topic);
        thread.start();
    }

    long applied() {
        return applied.get();
    }

    private void loop() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-floor-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (running.get()) {
                List<ConsumerRecord<String, String>> records = new ArrayList<>();
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                for (ConsumerRecord<String, String> record : records) {
                    Document document = Document.parse(record.value());
                    document.put("_id", record.key());
                    document.put("projected", new Date());
                    target.replaceOne(Filters.eq("_id", record.key()), document, new ReplaceOptions().upsert(true));
                    applied.incrementAndGet();
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }

}
