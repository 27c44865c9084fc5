package de.globallokal.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to a valid JSON body, for fuzz-style tests: remove, replace, add or null
 * a field anywhere in the tree, or append to an array, with values from empty to
 * oversized.
 */
public final class JsonMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;

    private final List<String> plausibleWords;

    /**
     * @param plausibleWords words the API knows (enum names), so some mutations are
     * almost valid
     */
    public JsonMutations(long seed, List<String> plausibleWords) {
        this.random = new Random(seed);
        this.plausibleWords = List.copyOf(plausibleWords);
    }

    /** A copy of {@code valid} with one to three mutations. */
    public ObjectNode mutated(ObjectNode valid) {
        ObjectNode body = valid.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutate(body);
        }
        return body;
    }

    private void mutate(ObjectNode body) {
        List<JsonNode> containers = new ArrayList<>();
        collect(body, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, randomValue());
                case 2 -> object.set("x" + random.nextInt(100), randomValue());
                default -> object.putNull(name);
            }
        }
        else if (target instanceof ArrayNode array) {
            array.add(randomValue());
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.textNode("");
            case 1 -> NODES.textNode("x".repeat(random.nextInt(5000)));
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.arrayNode().add(random.nextInt(40) - 10);
            case 6 -> NODES.objectNode().put("de", "ü\u0000<script>");
            case 7 -> NODES
                .textNode(plausibleWords.isEmpty() ? "x" : plausibleWords.get(random.nextInt(plausibleWords.size())));
            default -> NODES.nullNode();
        };
    }

}
