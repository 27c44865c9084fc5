package de.globallokal.testkit;

import de.globallokal.core.event.Topics;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole application on a random port against a real embedded Kafka broker (KRaft) and
 * the MongoDB-wire server, each test context with a database of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3, topics = {Topics.PARTNERSHIPS, Topics.PARTNERSHIPS + Topics.DEAD_LETTER_SUFFIX})
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedMongo.Initializer.class)
public @interface IntegrationTest {
}
