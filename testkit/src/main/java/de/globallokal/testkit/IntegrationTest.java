package de.globallokal.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole application on a random port against a real embedded Kafka broker (KRaft) and
 * the MongoDB-wire server, each test context with a broker and a database of its own, and
 * a {@code TestRestTemplate} pointed at it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@ActiveProfiles("test")
@ContextConfiguration(initializers = { EmbeddedKafka.Initializer.class, EmbeddedMongo.Initializer.class })
public @interface IntegrationTest {

}
