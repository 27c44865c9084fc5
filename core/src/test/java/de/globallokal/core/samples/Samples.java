package de.globallokal.core.samples;

import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's sample envelopes, one per event type and the future-field variants, read
 * by core's own tests and, through core's test-jar, by every producer's and consumer's: a
 * producer emits the shape of its sample, a consumer reads every sample of its topics.
 */
public final class Samples {

    /**
     * Every sample, by file name without {@code .json}; a test keeps this list equal to
     * the folder.
     */
    public static final List<String> ALL = List.of("actor-deleted.v1", "actor-upserted.v1", "body-deleted.v1",
            "body-upserted.v1", "budget-year-deleted.v1", "budget-year-upserted.v1", "contact-deleted.v1",
            "contact-upserted.v1", "event-deleted.v1", "event-upserted.v1", "event-upserted.v1-with-future-fields",
            "label-deleted.v1", "label-upserted.v1", "partnership-deleted.v1", "partnership-upserted.v1",
            "partnership-upserted.v1-with-future-fields", "press-mention-deleted.v1", "press-mention-upserted.v1",
            "product-group-deleted.v1", "product-group-upserted.v1", "project-deleted.v1", "project-upserted.v1",
            "purchase-deleted.v1", "purchase-upserted.v1", "resolution-deleted.v1", "resolution-upserted.v1",
            "seats-deleted.v1", "seats-upserted.v1");

    /** The samples of today's contract, without the variants from a future producer. */
    public static final List<String> CURRENT = ALL.stream()
        .filter(name -> !name.endsWith("-with-future-fields"))
        .toList();

    private Samples() {
    }

    /** A fresh copy of one sample envelope. */
    public static ObjectNode envelope(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return (ObjectNode) Json.strict().readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples published on one topic. */
    public static List<String> on(String topic) {
        return ALL.stream().filter(name -> topic.equals(topic(name))).toList();
    }

    /**
     * The topic a sample is published on: events and their seats on the events topic,
     * everything else on the partnerships topic.
     */
    public static String topic(String name) {
        return name.startsWith("event-") || name.startsWith("seats-") ? Topics.EVENTS : Topics.PARTNERSHIPS;
    }

    /**
     * The sample's state as an editor would send it: only the top-level fields of
     * {@code input}, the contract's record of what may be sent.
     */
    public static ObjectNode input(String sample, Class<? extends Record> input) {
        ObjectNode data = (ObjectNode) envelope(sample).get("data");
        ObjectNode body = Json.strict().createObjectNode();
        for (RecordComponent component : input.getRecordComponents()) {
            if (data.has(component.getName())) {
                body.set(component.getName(), data.get(component.getName()));
            }
        }
        return body;
    }

    /**
     * The shape of a JSON document: each path (list items as {@code []}) with the kind of
     * its value. A producer's envelope has no path its sample lacks, and none of another
     * kind.
     */
    public static SortedMap<String, String> shape(JsonNode document) {
        SortedMap<String, String> shape = new TreeMap<>();
        collect(document, "", shape);
        return shape;
    }

    private static void collect(JsonNode node, String path, Map<String, String> shape) {
        if (node.isObject()) {
            node.properties().forEach(entry -> collect(entry.getValue(), path + "/" + entry.getKey(), shape));
        }
        else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", shape));
        }
        else {
            shape.put(path, node.getNodeType().name());
        }
    }

}
