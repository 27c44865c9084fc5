package de.globallokal.webui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.operations.KafkaOperations.DeadLetter;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A replayed dead letter goes through the version guard: an old one changes nothing (it
 * cannot bring back a state the read model has moved past), a newer one is applied. It is
 * never appended to the compacted topic again.
 */
@IntegrationTest
class DeadLetterReplayTests {

    @Autowired
    DeadLetterDesk desk;

    @Autowired
    PartnershipReadModel partnerships;

    @Test
    void anOldDeadLetterCannotRegressTheReadModelAndANewerOneApplies() {
        String id = UUID.randomUUID().toString();
        partnerships.apply(Json.strict()
            .readValue(SampleEnvelope.of("partnership-upserted.v1").about(id, 3).json(), EventEnvelope.class));

        boolean old = desk.replay(letter(SampleEnvelope.of("partnership-upserted.v1").about(id, 2).json()), "ops");
        assertThat(old).isFalse();
        assertThat(partnerships.find(id).orElseThrow().version()).isEqualTo(3);

        boolean newer = desk.replay(letter(SampleEnvelope.of("partnership-deleted.v1").about(id, 4).json()), "ops");
        assertThat(newer).isTrue();
        assertThat(partnerships.find(id).orElseThrow().version()).isEqualTo(4);
        assertThat(partnerships.findCurrent(id)).isEmpty();
    }

    private static DeadLetter letter(String json) {
        long offset = Math.abs(UUID.randomUUID().getMostSignificantBits());
        return new DeadLetter(Topics.deadLetter(Topics.PARTNERSHIPS), 0, offset, Topics.PARTNERSHIPS, "key", "test",
                json, json.getBytes(StandardCharsets.UTF_8));
    }

}
