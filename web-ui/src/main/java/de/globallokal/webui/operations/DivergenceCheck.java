package de.globallokal.webui.operations;

import de.globallokal.core.json.Json;
import de.globallokal.support.divergence.AggregateVersion;
import de.globallokal.support.divergence.Divergence;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Compares every read model, and events-service's replicas of other services' aggregates,
 * with the aggregates of the service that owns them, by id and version (deletions
 * included): what a crash, a lost write or a regressed topic left behind shows up here,
 * aggregate by aggregate.
 */
@Component
public class DivergenceCheck {

    private final StaffApi api;

    private final List<VersionedReadModel<?>> readModels;

    DivergenceCheck(StaffApi api, List<VersionedReadModel<?>> readModels) {
        this.api = api;
        this.readModels = readModels;
    }

    /**
     * What was compared: web-ui's read models ({@code types}) and events-service's
     * replicas; the services that did not answer are named, not guessed at.
     */
    public record Report(List<Divergence> types, List<Divergence> replicas, List<String> unreachable) {

        public boolean consistent() {
            return unreachable.isEmpty() && types.stream().allMatch(Divergence::none)
                    && replicas.stream().allMatch(Divergence::none);
        }
    }

    /**
     * @param staff the administrator asking: the services are called in their name
     */
    public Report run(String staff) {
        Map<String, List<AggregateVersion>> owned = new HashMap<>();
        List<String> unreachable = new ArrayList<>();
        for (Service service : Service.values()) {
            ask(service, staff, "/api/admin/versions", unreachable).forEach(owned::put);
        }
        List<Divergence> types = new ArrayList<>();
        for (VersionedReadModel<?> model : readModels) {
            List<AggregateVersion> owner = owned.get(model.aggregateType());
            if (owner != null) {
                types.add(Divergence.between(model.aggregateType(), owner, model.versions()));
            }
        }
        List<Divergence> replicas = new ArrayList<>();
        ask(Service.EVENTS, staff, "/api/admin/replica-versions", unreachable).forEach((type, copy) -> {
            List<AggregateVersion> owner = owned.get(type);
            if (owner != null) {
                replicas.add(Divergence.between(type, owner, copy));
            }
        });
        return new Report(types, replicas, unreachable.stream().distinct().toList());
    }

    private Map<String, List<AggregateVersion>> ask(Service service, String staff, String path,
            List<String> unreachable) {
        StaffApi.Answer answer = api.get(service, staff, path);
        Map<String, List<AggregateVersion>> byType = new LinkedHashMap<>();
        if (!answer.ok()) {
            unreachable.add(service.name().toLowerCase() + " (" + answer.status() + ")");
            return byType;
        }
        answer.body().properties().forEach(type -> byType.put(type.getKey(), versions(type.getValue())));
        return byType;
    }

    /**
     * The cure: each owner publishes every aggregate again as a new version, which every
     * copy takes. Per service, how many aggregates by type, or the status it answered.
     */
    public Map<String, Object> republish(String staff) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            StaffApi.Answer answer = api.post(service, staff, "/api/admin/republish");
            outcome.put(service.name().toLowerCase(), answer.ok() ? answer.body() : "(" + answer.status() + ")");
        }
        return outcome;
    }

    private static List<AggregateVersion> versions(JsonNode list) {
        List<AggregateVersion> versions = new ArrayList<>();
        list.forEach(node -> versions.add(Json.tolerant().convertValue(node, AggregateVersion.class)));
        return versions;
    }

}
