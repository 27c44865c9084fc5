package de.globallokal.webui.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import de.globallokal.core.event.Topics;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.support.projection.TopicRebuild;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.webui.WebUiApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two web-ui instances on one read-model database and one consumer group, each holding
 * some of the partitions: a dashboard open on either sees every change, and a rebuild
 * started on one leaves the read models complete, with what both applied meanwhile.
 */
@IntegrationTest
@DirtiesContext
class SeveralInstancesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ConfigurableApplicationContext second;

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    LiveFeed feed;

    @Autowired
    PartnershipReadModel readModel;

    @Autowired
    ReadModelRebuild rebuild;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @BeforeAll
    static void startSecondInstance(@Autowired Environment first) {
        // arguments, not default properties: application.yml names both addresses itself
        second = new SpringApplicationBuilder(WebUiApplication.class).profiles("test")
            .run("--spring.mongodb.uri=" + first.getRequiredProperty("spring.mongodb.uri"),
                    "--spring.kafka.bootstrap-servers=" + first.getRequiredProperty("spring.kafka.bootstrap-servers"),
                    "--server.port=0");
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void aDashboardOnEitherInstanceSeesEveryChange() {
        awaitPartitionsShared();
        Set<String> here = ConcurrentHashMap.newKeySet();
        Set<String> there = ConcurrentHashMap.newKeySet();
        var onFirst = feed.subscribe(change -> here.add(change.id()));
        var onSecond = second.getBean(LiveFeed.class).subscribe(change -> there.add(change.id()));
        try {
            List<String> ids = sendNew(30);

            await().atMost(PATIENCE).until(() -> here.containsAll(ids) && there.containsAll(ids));
            System.out.printf("[web-ui-instances] %d changes, seen on the first instance %d, on the second %d%n",
                    ids.size(), ids.stream().filter(here::contains).count(),
                    ids.stream().filter(there::contains).count());
        }
        finally {
            onFirst.remove();
            onSecond.remove();
        }
    }

    @Test
    void aRebuildOnOneInstanceLeavesCompleteReadModelsWithWhatBothAppliedMeanwhile() {
        awaitPartitionsShared();
        List<String> before = sendNew(40);
        await().atMost(PATIENCE).until(() -> versions(before).size() == before.size());

        rebuild.partnershipsTopic();
        List<String> during = new ArrayList<>();
        while (rebuild.progress(Topics.PARTNERSHIPS).orElseThrow().running()) {
            // complete at every moment, whichever generation is current
            assertThat(versions(before)).hasSize(before.size());
            if (during.size() < 100) {
                during.addAll(sendNew(2));
            }
        }

        assertThat(rebuild.progress(Topics.PARTNERSHIPS).orElseThrow().phase()).isEqualTo(TopicRebuild.Phase.DONE);
        List<String> all = new ArrayList<>(before);
        all.addAll(during);
        await().atMost(PATIENCE).until(() -> versions(all).values().stream().allMatch(version -> version == 2));
        System.out.printf("[web-ui-instances] rebuild: %d entries before, %d sent while it ran, all at version 2%n",
                before.size(), during.size());
        assertThat(second.getBean(PartnershipReadModel.class).collectionName()).isEqualTo(readModel.collectionName());
    }

    /** The second instance has joined the group: each holds some of the partitions. */
    private void awaitPartitionsShared() {
        MessageListenerContainer mine = listeners.getListenerContainer(PartnershipsTopicProjector.LISTENER_ID);
        MessageListenerContainer theirs = second.getBean(KafkaListenerEndpointRegistry.class)
            .getListenerContainer(PartnershipsTopicProjector.LISTENER_ID);
        await().atMost(PATIENCE)
            .until(() -> !assigned(mine).isEmpty() && !assigned(theirs).isEmpty()
                    && assigned(mine).size() + assigned(theirs).size() == 3);
    }

    private static Set<Integer> assigned(MessageListenerContainer container) {
        var partitions = container.getAssignedPartitions();
        return partitions == null ? Set.of()
                : partitions.stream().map(partition -> partition.partition()).collect(Collectors.toSet());
    }

    /**
     * New partnerships, each at version 1 and then 2, on keys spread over the partitions.
     */
    private List<String> sendNew(int count) {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                new StringSerializer()));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            for (long version = 1; version <= 2; version++) {
                kafka.send(Topics.PARTNERSHIPS, id,
                        SampleEnvelope.of("partnership-upserted.v1")
                            .about(id, version)
                            .with("/data/slug", id)
                            .with("/data/partner/name", "Zwilling " + id.substring(0, 6))
                            .json());
            }
        }
        kafka.flush();
        kafka.destroy();
        return ids;
    }

    /** The stored version of each of these that the read model holds now. */
    private Map<String, Long> versions(List<String> ids) {
        return mongo.getCollection(readModel.collectionName())
            .find(Filters.in("_id", ids))
            .map(document -> Map.entry(document.getString("_id"), document.get("version", Number.class).longValue()))
            .into(new ArrayList<>())
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

}
