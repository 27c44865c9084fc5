package de.globallokal.webui.events;

import de.globallokal.core.json.Json;
import de.globallokal.support.security.JwtSettings;
import de.globallokal.webui.base.web.ServiceClients;
import de.globallokal.webui.security.TokenIssuer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The only call from the public side to a service: sign-ups and the registrant's own link
 * go to events-service with a token that holds the role SIGNUP and nothing else.
 */
@Component
public class SignupGateway {

    static final String SUBJECT = "web-ui-signup";

    private final RestClient events;

    private final TokenIssuer tokens;

    private final Clock clock;

    private volatile Issued token;

    SignupGateway(RestClient.Builder builder, TokenIssuer tokens, Clock clock,
            @Value("${globallokal.services.events-url:http://127.0.0.1:8082}") String eventsUrl) {
        this.events = ServiceClients.create(builder, eventsUrl);
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The gateway's token and when to sign a new one. */
    private record Issued(String value, Instant renewAfter) {
    }

    /**
     * What events-service answered: its status and body, or a 503 when it could not be
     * reached.
     */
    public record Answer(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * @param signup the person's entries as JSON, see events-service's
     * {@code SignupInput}
     */
    public Answer signUp(String eventOrOccurrenceId, JsonNode signup) {
        return post("/api/events/{id}/registrations", signup, eventOrOccurrenceId);
    }

    /**
     * @param action {@code lookup}, {@code claim} or {@code cancel}
     */
    public Answer byToken(String action, String token) {
        ObjectNode body = Json.strict().createObjectNode().put("token", token);
        return post("/api/registrations/" + action, body);
    }

    private Answer post(String path, JsonNode body, Object... variables) {
        try {
            return events.post()
                .uri(path, variables)
                .headers(h -> h.setBearerAuth(token()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.toString())
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        read(response.getBody().readAllBytes())));
        }
        catch (RestClientException e) {
            return unavailable();
        }
    }

    /**
     * The gateway's token is the same for every sign-up: an RSA signature per request
     * would cost a sign-up rush milliseconds each, so one is reused for half its
     * lifetime.
     */
    private String token() {
        Instant now = clock.instant();
        Issued current = token;
        if (current == null || now.isAfter(current.renewAfter())) {
            TokenIssuer.Token fresh = tokens.issue(SUBJECT, List.of("SIGNUP"), JwtSettings.EVENTS_AUDIENCE);
            current = new Issued(fresh.value(), now.plusSeconds(fresh.expiresInSeconds() / 2));
            token = current;
        }
        return current.value();
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return bytes.length == 0 ? Json.strict().createObjectNode() : Json.tolerant().readTree(bytes);
        }
        catch (JacksonException e) {
            return Json.strict().createObjectNode();
        }
    }

    static Answer unavailable() {
        ObjectNode problem = Json.strict()
            .createObjectNode()
            .put("type", "urn:globallokal:problem:unavailable")
            .put("title", "Service unavailable")
            .put("status", 503)
            .put("detail",
                    "The registration service did not answer. If no confirmation e-mail arrives, please try again in a few minutes.");
        return new Answer(503, problem);
    }

}
