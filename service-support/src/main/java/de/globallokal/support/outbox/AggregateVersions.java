package de.globallokal.support.outbox;

import de.globallokal.support.divergence.AggregateVersion;
import java.time.Clock;
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
 * version (administrators only).
 */
@RestController
class AggregateVersions {

    private final List<AggregateCollection<?>> aggregates;

    private final Clock clock;

    AggregateVersions(List<AggregateCollection<?>> aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @GetMapping("/api/admin/versions")
    Map<String, List<AggregateVersion>> versions() {
        Map<String, List<AggregateVersion>> byType = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> byType.put(aggregate.aggregateType(), aggregate.versions()));
        return byType;
    }

    @PostMapping("/api/admin/republish")
    Map<String, Integer> republish(@AuthenticationPrincipal Jwt principal) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> byType.put(aggregate.aggregateType(),
                aggregate.republish(clock.instant(), "republish by " + principal.getSubject())));
        return byType;
    }

}
