package de.globallokal.support.outbox;

import de.globallokal.support.divergence.AggregateVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's side of the divergence check: every aggregate this service owns with its
 * version, by aggregate type (administrators only).
 */
@RestController
class AggregateVersions {

    private final List<AggregateCollection<?>> aggregates;

    AggregateVersions(List<AggregateCollection<?>> aggregates) {
        this.aggregates = aggregates;
    }

    @GetMapping("/api/admin/versions")
    Map<String, List<AggregateVersion>> versions() {
        Map<String, List<AggregateVersion>> byType = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> byType.put(aggregate.aggregateType(), aggregate.versions()));
        return byType;
    }

}
