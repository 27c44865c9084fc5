package de.globallokal.webui.events;

import de.globallokal.core.json.Json;
import de.globallokal.support.security.JwtSettings;
import de.globallokal.webui.base.web.ServiceClients;
import de.globallokal.webui.security.TokenIssuer;
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

    SignupGateway(RestClient.Builder builder, TokenIssuer tokens,
            @Value("${globallokal.services.events-url:http://127.0.0.1:8082}") String eventsUrl) {
        this.events = ServiceClients.create(builder, eventsUrl);
        this.tokens = tokens;
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
                .headers(h -> h
                    .setBearerAuth(tokens.issue(SUBJECT, List.of("SIGNUP"), JwtSettings.EVENTS_AUDIENCE).value()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.toString())
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        read(response.getBody().readAllBytes())));
        }
        catch (RestClientException e) {
            return unavailable();
        }
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
