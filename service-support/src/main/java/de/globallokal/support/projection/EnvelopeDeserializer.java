package de.globallokal.support.projection;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an envelope tolerantly (fields added within v1 are fine) but refuses anything
 * that is not an envelope at all, so a poison record fails here and goes to the DLT.
 */
public class EnvelopeDeserializer implements Deserializer<EventEnvelope> {

    @Override
    public EventEnvelope deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            EventEnvelope envelope = Json.tolerant().readValue(data, EventEnvelope.class);
            if (envelope.aggregateversion() < 1) {
                throw new SerializationException("aggregateversion must be at least 1");
            }
            if (!envelope.isDeletion() && (envelope.data() == null || !envelope.data().isObject())) {
                throw new SerializationException("an upsert must carry the aggregate state in data");
            }
            return envelope;
        }
        catch (RuntimeException e) {
            throw e instanceof SerializationException s ? s
                    : new SerializationException("not a GlobalLokal event envelope: " + e.getMessage(), e);
        }
    }

}
