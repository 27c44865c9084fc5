package de.globallokal.testkit;

import de.globallokal.core.event.Topics;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A broker of its own for each test context: started before the context, offered to tests
 * as a {@link KafkaTestCluster} bean, named in {@code spring.kafka.bootstrap-servers},
 * and stopped when the context closes.
 */
public final class EmbeddedKafka {

    /**
     * The change topics, there from the start as their owners declare them in production:
     * a test of one consumer runs without the service that owns its topic.
     */
    static final List<String> TOPICS = List.of(Topics.PARTNERSHIPS, Topics.EVENTS);

    private EmbeddedKafka() {
    }

    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            KafkaTestCluster cluster = KafkaTestCluster.start(TOPICS);
            context.getBeanFactory().registerSingleton("kafkaTestCluster", cluster);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    cluster.close();
                }
            });
            TestPropertyValues.of("spring.kafka.bootstrap-servers=" + cluster.bootstrapServers()).applyTo(context);
        }

    }

}
