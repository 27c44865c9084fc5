package de.globallokal.webui.events;

import de.globallokal.core.json.Json;
import de.globallokal.support.web.Problems;
import de.globallokal.webui.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public sign-up: rate-limited per client, then handed to events-service, which
 * checks and stores it. The answer says only {@code status} and, on the waitlist,
 * {@code position}; the cancellation link reaches the person by e-mail.
 */
@RestController
@RequestMapping("/api/public/v1")
class PublicSignupApi {

    private static final Set<String> TOKEN_ACTIONS = Set.of("lookup", "confirm", "claim", "cancel");

    private final SignupGateway gateway;

    private final SignupRateLimit rateLimit;

    private final ClientAddresses clients;

    PublicSignupApi(SignupGateway gateway, SignupRateLimit rateLimit, ClientAddresses clients) {
        this.gateway = gateway;
        this.rateLimit = rateLimit;
        this.clients = clients;
    }

    @PostMapping("/events/{id}/registrations")
    ResponseEntity<?> signUp(@PathVariable String id, @RequestBody JsonNode signup, HttpServletRequest request) {
        Duration wait = rateLimit.trySignUp(clients.of(request), id, signup.path("email").asString(""));
        if (!wait.isZero()) {
            return tooMany(wait);
        }
        SignupGateway.Answer answer = gateway.signUp(id, signup);
        if (!answer.ok()) {
            return problem(answer, request);
        }
        // the same answer whether the address was new or known: the rest goes by mail,
        // to whoever owns it
        ObjectNode body = Json.strict().createObjectNode().put("status", "RECEIVED");
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * The registrant's link: see ({@code lookup}), prove the address is theirs
     * ({@code confirm}), take an offered seat ({@code claim}) or {@code cancel}.
     */
    @PostMapping("/registrations/{action}")
    ResponseEntity<?> byToken(@PathVariable String action, @RequestBody JsonNode input, HttpServletRequest request) {
        if (!TOKEN_ACTIONS.contains(action)) {
            return ResponseEntity.notFound().build();
        }
        Duration wait = rateLimit.tryCall(clients.of(request));
        if (!wait.isZero()) {
            return tooMany(wait);
        }
        SignupGateway.Answer answer = gateway.byToken(action, input.path("token").asString(""));
        if (!answer.ok()) {
            return problem(answer, request);
        }
        ObjectNode body = Json.strict().createObjectNode();
        for (String field : new String[] { "eventId", "occurrenceId", "status", "verified", "position", "offeredUntil",
                "confirmBy" }) {
            if (answer.body().has(field)) {
                body.set(field, answer.body().get(field));
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * The service's problem as it is, but naming the address the visitor called, not the
     * service's.
     */
    private static ResponseEntity<JsonNode> problem(SignupGateway.Answer answer, HttpServletRequest request) {
        if (answer.body() instanceof ObjectNode problem && problem.has("instance")) {
            problem.put("instance", request.getRequestURI());
        }
        return ResponseEntity.status(answer.status())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(answer.body());
    }

    private static ResponseEntity<ProblemDetail> tooMany(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                "Too many sign-ups from here; please wait " + seconds + " seconds and try again. Nothing was stored.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

}
