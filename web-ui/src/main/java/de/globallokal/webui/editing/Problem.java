package de.globallokal.webui.editing;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A service's refusal read back from its problem+json: the bad fields by JSON path (such
 * as {@code partner.location.lat} or {@code milestones[2].year}), the explanation, and
 * for a stale edit the version that is current now.
 */
public record Problem(int status, String detail, List<FieldProblem> fields, Long currentVersion) {

    public record FieldProblem(String field, String message) {
    }

    public static Problem of(int status, JsonNode body) {
        List<FieldProblem> fields = new ArrayList<>();
        body.path("errors")
            .forEach(e -> fields.add(new FieldProblem(e.path("field").asString(""), e.path("message").asString(""))));
        JsonNode current = body.path("currentVersion");
        return new Problem(status, body.path("detail").asString(""), List.copyOf(fields),
                current.isNumber() ? current.asLong() : null);
    }

    public boolean unreachable() {
        return status == 503 && fields.isEmpty() && detail.isEmpty();
    }

    public boolean conflict() {
        return status == 412;
    }
}
