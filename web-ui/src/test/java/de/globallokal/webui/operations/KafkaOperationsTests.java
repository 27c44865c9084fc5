package de.globallokal.webui.operations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.globallokal.core.event.Topics;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Without a broker the operations page must still come up: every read gives up with an
 * error (which the page shows) instead of waiting for an answer that never comes.
 */
class KafkaOperationsTests {

    private final KafkaOperations operations = new KafkaOperations(
            new KafkaAdmin(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9")));

    @Test
    @Timeout(120) // a guard against a hanging build, not a speed target
    void lagAndDeadLettersGiveUpWithAnErrorWhenNoBrokerAnswers() {
        assertThatThrownBy(operations::lag).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> operations.deadLetters(Topics.PARTNERSHIPS)).isInstanceOf(RuntimeException.class);
    }

}
