package de.globallokal.core.contract;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import de.globallokal.core.contract.ContractSchemas.EventType;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the contract documents from the records in core: the JSON Schema of each event
 * type and the AsyncAPI document naming them. Only core's own test writes and compares
 * them; the other modules check envelopes with {@link ContractSchemas}.
 */
final class ContractDocument {

    private ContractDocument() {
    }

    /** The schema of one event type as the records give it today. */
    public static ObjectNode generate(EventType type) {
        ObjectNode schema = Json.strict().createObjectNode();
        schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
        schema.put("$id", "urn:globallokal:schema:" + type.name());
        schema.put("title", type.name());
        schema.put("description",
                "A CloudEvents 1.0 envelope on " + type.topic() + ", keyed by the aggregate id"
                        + (type.payload() == null ? "; a deletion carries no data and is followed by a tombstone"
                                : ", carrying the full state of the " + type.aggregateType()));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("const", "1.0");
        properties.putObject("id").put("type", "string").put("description", "unique per envelope, for deduplication");
        properties.putObject("source").put("type", "string");
        properties.putObject("type").put("const", type.name());
        properties.putObject("subject").put("type", "string").put("description", "the aggregate id");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("datacontenttype").put("const", "application/json");
        properties.putObject("aggregatetype").put("const", type.aggregateType());
        properties.putObject("aggregateversion")
            .put("type", "integer")
            .put("minimum", 1)
            .put("description", "rises with every change: a consumer keeps only a higher one");
        properties.putObject("actor").put("type", "string");
        properties.putObject("traceparent")
            .put("type", "string")
            .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
            .put("description", "W3C trace context of the change's request (CloudEvents distributed tracing)");
        properties.putObject("changedfields").put("type", "array").putObject("items").put("type", "string");
        var required = schema.putArray("required");
        List.of("specversion", "id", "source", "type", "subject", "time", "aggregatetype", "aggregateversion")
            .forEach(required::add);
        if (type.payload() == null) {
            schema.putObject("not").putArray("required").add("data");
            return schema;
        }
        required.add("data");
        ObjectNode payload = payload(type.payload());
        properties.set("data",
                Json.strict().createObjectNode().put("$ref", "#/$defs/" + type.payload().getSimpleName()));
        ObjectNode defs = schema.putObject("$defs");
        if (payload.has("$defs")) {
            defs.setAll((ObjectNode) payload.remove("$defs"));
        }
        payload.remove("$schema");
        defs.set(type.payload().getSimpleName(), payload);
        return schema;
    }

    /** The AsyncAPI 3.0 document of both topics, naming each type's schema file. */
    public static ObjectNode asyncApi() {
        ObjectNode document = Json.strict().createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "GlobalLokal change events");
        info.put("version", "1");
        info.put("description", "Every change of the partnerships, projects, local actors, contact points and events"
                + " the services own, as CloudEvents 1.0 envelopes in JSON. Topics are compacted and keyed by the"
                + " aggregate id; the aggregate version rises with every change, so a consumer keeps the higher one."
                + " Within v1 only fields are added: read tolerantly. A breaking change is a new type (v2).");
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (String topic : List.of(Topics.PARTNERSHIPS, Topics.EVENTS)) {
            String channel = topic.substring(topic.indexOf('.') + 1);
            ObjectNode entry = channels.putObject(channel);
            entry.put("address", topic);
            entry.put("description", topic.equals(Topics.PARTNERSHIPS)
                    ? "Published by partnerships-service: partnerships, projects, local actors, contact points."
                    : "Published by events-service: the public calendar; registrants appear only as seat counts.");
            ObjectNode channelMessages = entry.putObject("messages");
            ObjectNode operation = operations.putObject("publish-" + channel);
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channel);
            var operationMessages = operation.putArray("messages");
            ContractSchemas.TYPES.stream().filter(type -> type.topic().equals(topic)).forEach(type -> {
                String key = type.name().replace('.', '-');
                channelMessages.putObject(key).put("$ref", "#/components/messages/" + key);
                operationMessages.addObject().put("$ref", "#/channels/" + channel + "/messages/" + key);
                ObjectNode message = messages.putObject(key);
                message.put("name", type.name());
                message.put("contentType", "application/json");
                ObjectNode payload = message.putObject("payload");
                payload.put("schemaFormat", "application/schema+json;version=draft-2020-12");
                payload.putObject("schema").put("$ref", "./schemas/" + type.file());
            });
        }
        return document;
    }

    private static ObjectNode payload(Class<?> type) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                    JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        // the generator speaks Jackson 2; the contract's code and documents speak Jackson
        // 3
        String json = new SchemaGenerator(config.build()).generateSchema(type).toString();
        return (ObjectNode) Json.strict().readTree(json);
    }

}
