package de.globallokal.support.projection;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;

/** Writes an envelope back as JSON, for records that fail after they were read. */
public class EnvelopeSerializer implements Serializer<EventEnvelope> {

    @Override
    public byte[] serialize(String topic, EventEnvelope data) {
        try {
            return data == null ? null : Json.strict().writeValueAsBytes(data);
        }
        catch (JacksonException e) {
            throw new SerializationException(e);
        }
    }

}
