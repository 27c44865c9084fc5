package de.globallokal.webui.events;

import com.fasterxml.jackson.databind.JsonNode;
import de.globallokal.core.json.Json;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.TokenIssuer;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Staff calls to events-service on behalf of the signed-in person: their name and roles go
 * into the token, so the service's history says who did it.
 */
@Component
public class StaffEventsClient {

    private final RestClient events;
    private final TokenIssuer tokens;
    private final StaffAccounts accounts;

    StaffEventsClient(RestClient.Builder builder, TokenIssuer tokens, StaffAccounts accounts,
            @Value("${globallokal.services.events-url:http://127.0.0.1:8082}") String eventsUrl) {
        this.events = EventsServiceClient.create(builder, eventsUrl);
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The service's answer: status and body; 503 when it could not be reached. */
    public record Answer(int status, JsonNode body, byte[] bytes) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Answer get(String staff, String path) {
        return call(staff, "GET", path);
    }

    public Answer post(String staff, String path) {
        return call(staff, "POST", path);
    }

    private Answer call(String staff, String method, String path) {
        String token = tokens.issue(staff, accounts.roles(staff).orElseThrow(
                () -> new IllegalStateException("no staff account " + staff))).value();
        try {
            return events.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                    .headers(h -> h.setBearerAuth(token))
                    .exchange((request, response) -> {
                        byte[] bytes = response.getBody().readAllBytes();
                        return new Answer(response.getStatusCode().value(), json(bytes), bytes);
                    });
        } catch (RestClientException e) {
            return new Answer(503, Json.strict().createObjectNode(), new byte[0]);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return bytes.length == 0 ? Json.strict().createObjectNode() : Json.tolerant().readTree(bytes);
        } catch (IOException e) {
            return Json.strict().createObjectNode(); // CSV and other non-JSON bodies come as bytes
        }
    }
}
