package de.globallokal.support.outbox;

import de.globallokal.support.divergence.AggregateVersion;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's side of the divergence check: every aggregate this service owns with its
 * version, by aggregate type, and its cure: every aggregate published again as a new
 * version above anything its topic carried (administrators only).
 */
@RestController
class AggregateVersions {

    private final List<AggregateCollection<?>> aggregates;

    private final Clock clock;

    private final TopicVersions topicVersions;

    AggregateVersions(List<AggregateCollection<?>> aggregates, Clock clock, TopicVersions topicVersions) {
        this.aggregates = aggregates;
        this.clock = clock;
        this.topicVersions = topicVersions;
    }

    @GetMapping("/api/admin/versions")
    Map<String, List<AggregateVersion>> versions() {
        Map<String, List<AggregateVersion>> byType = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> byType.put(aggregate.aggregateType(), aggregate.versions()));
        return byType;
    }

    /**
     * Reads each topic first: what it carried sets the floor for the new versions (a
     * restored database may stand below it).
     */
    @PostMapping("/api/admin/republish")
    Map<String, Integer> republish(@AuthenticationPrincipal Jwt principal) {
        Map<String, Map<String, Map<String, Long>>> carriedByTopic = new HashMap<>();
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (AggregateCollection<?> aggregate : aggregates) {
            Map<String, Long> carried = carriedByTopic.computeIfAbsent(aggregate.topic(), topicVersions::of)
                .getOrDefault(aggregate.aggregateType(), Map.of());
            byType.put(aggregate.aggregateType(),
                    aggregate.republish(clock.instant(), "republish by " + principal.getSubject(), carried));
        }
        return byType;
    }

}
