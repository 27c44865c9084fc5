package de.globallokal.events.replica;

import de.globallokal.support.divergence.AggregateVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * This service's side of the divergence check for what it copies from others: every
 * replicated aggregate with the version it holds, by aggregate type (administrators
 * only), so web-ui compares the replicas with their owners as it compares its own read
 * models.
 */
@RestController
class ReplicaVersions {

    private final List<Replica<?>> replicas;

    ReplicaVersions(List<Replica<?>> replicas) {
        this.replicas = replicas;
    }

    @GetMapping("/api/admin/replica-versions")
    Map<String, List<AggregateVersion>> versions() {
        Map<String, List<AggregateVersion>> byType = new LinkedHashMap<>();
        replicas.forEach(replica -> byType.put(replica.aggregateType(), replica.versions()));
        return byType;
    }

}
