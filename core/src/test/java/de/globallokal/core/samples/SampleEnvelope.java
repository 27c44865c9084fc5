package de.globallokal.core.samples;

import de.globallokal.core.json.Json;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sample envelope made about another aggregate or version, for a consumer's test:
 * everything else stays as the contract's sample has it.
 */
public final class SampleEnvelope {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final String sample;

    private final ObjectNode envelope;

    private SampleEnvelope(String sample, ObjectNode envelope) {
        this.sample = sample;
        this.envelope = envelope;
    }

    public static SampleEnvelope of(String sample) {
        return new SampleEnvelope(sample, Samples.envelope(sample));
    }

    public String aggregateType() {
        return envelope.get("aggregatetype").asString();
    }

    public boolean isDeletion() {
        return !envelope.has("data");
    }

    public String topic() {
        return Samples.topic(sample);
    }

    /**
     * For a deletion, the upsert of its type about the same aggregate one version
     * earlier, so a consumer has something to delete; nothing for an upsert.
     */
    public Optional<SampleEnvelope> before() {
        if (!isDeletion()) {
            return Optional.empty();
        }
        return Optional.of(of(sample.replace("-deleted.", "-upserted.")).about(envelope.get("subject").asString(),
                envelope.get("aggregateversion").asLong() - 1));
    }

    /**
     * The same change, about aggregate {@code id} at {@code version} (its own envelope id
     * and a time that grows with it).
     */
    public SampleEnvelope about(String id, long version) {
        envelope.put("id", UUID.randomUUID().toString())
            .put("subject", id)
            .put("aggregateversion", version)
            .put("time", EPOCH.plusSeconds(version).toString());
        if (envelope.get("data") instanceof ObjectNode data) {
            data.put("id", id);
        }
        return this;
    }

    /** Sets one value of the envelope, by JSON pointer ({@code /data/partner/name}). */
    public SampleEnvelope with(String pointer, Object value) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = envelope.at(pointer.substring(0, last));
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalArgumentException(pointer + " lies in no object of the sample");
        }
        object.set(pointer.substring(last + 1), Json.strict().valueToTree(value));
        return this;
    }

    public ObjectNode node() {
        return envelope;
    }

    public String json() {
        return envelope.toString();
    }

}
