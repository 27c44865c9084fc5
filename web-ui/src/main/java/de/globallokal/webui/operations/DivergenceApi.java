package de.globallokal.webui.operations;

import de.globallokal.support.divergence.Divergence;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The divergence check and its cure for administrators and scripts (HTTP Basic, ADMIN):
 * {@code types} are web-ui's read models, {@code replicas} events-service's copies.
 */
@RestController
class DivergenceApi {

    private final DivergenceCheck check;

    DivergenceApi(DivergenceCheck check) {
        this.check = check;
    }

    @GetMapping("/api/admin/divergence")
    Map<String, Object> divergence(Authentication authentication) {
        DivergenceCheck.Report report = check.run(authentication.getName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consistent", report.consistent());
        body.put("unreachable", report.unreachable());
        body.put("types", report.types().stream().map(DivergenceApi::type).toList());
        body.put("replicas", report.replicas().stream().map(DivergenceApi::type).toList());
        return body;
    }

    /**
     * The cure, for scripts too (after a restore): every owner publishes each aggregate
     * again above what its topic carried; says per service how many, or its HTTP status.
     */
    @PostMapping("/api/admin/republish")
    Map<String, Object> republish(Authentication authentication) {
        return check.republish(authentication.getName());
    }

    private static Map<String, Object> type(Divergence divergence) {
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("aggregateType", divergence.aggregateType());
        type.put("owned", divergence.owned());
        type.put("copied", divergence.copied());
        type.put("differing", divergence.differences().size());
        type.put("differences", divergence.shown());
        return type;
    }

}
