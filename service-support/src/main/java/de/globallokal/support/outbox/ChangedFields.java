package de.globallokal.support.outbox;

import de.globallokal.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** Names the top-level fields a change touched, for the audit trail in each envelope. */
public final class ChangedFields {

    private static final List<String> BOOKKEEPING = List.of("id", "created", "modified");

    private ChangedFields() {
    }

    /** For a new aggregate every field that has a value counts as changed. */
    public static List<String> present(Object state) {
        return between(null, state);
    }

    public static List<String> between(Object before, Object after) {
        JsonNode old = before == null ? Json.strict().createObjectNode() : Json.strict().valueToTree(before);
        JsonNode now = Json.strict().valueToTree(after);
        List<String> changed = new ArrayList<>();
        now.propertyNames().forEach(name -> {
            if (!BOOKKEEPING.contains(name) && !Objects.equals(old.get(name), now.get(name))) {
                changed.add(name);
            }
        });
        old.propertyNames().forEach(name -> {
            if (!BOOKKEEPING.contains(name) && !now.has(name)) {
                changed.add(name);
            }
        });
        return changed;
    }

}
