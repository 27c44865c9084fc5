package de.globallokal.webui.editing;

import com.vaadin.flow.component.UI;
import de.globallokal.core.json.Json;
import de.globallokal.support.security.JwtSettings;
import de.globallokal.webui.base.web.ServiceClients;
import de.globallokal.webui.security.PartnerScopes;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.StaffRole;
import de.globallokal.webui.security.TokenIssuer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Staff calls to the services on behalf of the signed-in person: their name and roles go
 * into the token, so each service's history says who did it. Every answer comes back as
 * it is — the caller decides what a 400, 412 or 503 means for its page.
 */
@Component
public class StaffApi {

    /** The services staff write through. */
    public enum Service {

        PARTNERSHIPS(JwtSettings.PARTNERSHIPS_AUDIENCE), EVENTS(JwtSettings.EVENTS_AUDIENCE);

        private final String audience;

        Service(String audience) {
            this.audience = audience;
        }

    }

    private final Map<Service, RestClient> clients = new EnumMap<>(Service.class);

    private final TokenIssuer tokens;

    private final StaffAccounts accounts;

    private final PartnerScopes scopes;

    StaffApi(RestClient.Builder builder, TokenIssuer tokens, StaffAccounts accounts, PartnerScopes scopes,
            @Value("${globallokal.services.partnerships-url:http://127.0.0.1:8081}") String partnershipsUrl,
            @Value("${globallokal.services.events-url:http://127.0.0.1:8082}") String eventsUrl) {
        clients.put(Service.PARTNERSHIPS, ServiceClients.create(builder.clone(), partnershipsUrl));
        clients.put(Service.EVENTS, ServiceClients.create(builder.clone(), eventsUrl));
        this.tokens = tokens;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    /**
     * The service's answer: status, body and the version its ETag names; 503 when it
     * could not be reached.
     */
    public record Answer(int status, JsonNode body, byte[] bytes, Long version) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Problem problem() {
            return Problem.of(status, body);
        }
    }

    public Answer get(Service service, String staff, String path) {
        return call(service, staff, HttpMethod.GET, path, null, null);
    }

    public Answer post(Service service, String staff, String path) {
        return call(service, staff, HttpMethod.POST, path, null, null);
    }

    public Answer post(Service service, String staff, String path, JsonNode body) {
        return call(service, staff, HttpMethod.POST, path, body, null);
    }

    /**
     * A PUT whose path names what it writes, so repeating it does no harm: no If-Match.
     */
    public Answer put(Service service, String staff, String path, JsonNode body) {
        return call(service, staff, HttpMethod.PUT, path, body, null);
    }

    /** A CSV for a service's import. */
    public Answer postCsv(Service service, String staff, String path, String csv) {
        return call(service, staff, HttpMethod.POST, path, csv.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), null);
    }

    public Answer put(Service service, String staff, String path, JsonNode body, long version) {
        return call(service, staff, HttpMethod.PUT, path, body, version);
    }

    public Answer delete(Service service, String staff, String path, long version) {
        return call(service, staff, HttpMethod.DELETE, path, null, version);
    }

    private Answer call(Service service, String staff, HttpMethod method, String path, JsonNode body, Long ifMatch) {
        return call(service, staff, method, path, body == null ? null : Json.strict().writeValueAsBytes(body),
                MediaType.APPLICATION_JSON, ifMatch);
    }

    private Answer call(Service service, String staff, HttpMethod method, String path, byte[] body, MediaType type,
            Long ifMatch) {
        // an account disabled since its session began gets no token: its next call is
        // refused, on every instance
        Optional<Set<StaffRole>> roles = accounts.activeRoles(staff);
        if (roles.isEmpty()) {
            return new Answer(401, Json.strict().createObjectNode().put("status", 401).put("title", "Unauthorized"),
                    new byte[0], null);
        }
        String token = tokens.issue(staff, roles.get(), service.audience, scopes.partnershipIdOf(staff).orElse(null))
            .value();
        try {
            RestClient.RequestBodySpec request = clients.get(service)
                .method(method)
                .uri(path)
                .headers(h -> h.setBearerAuth(token));
            // the services word the standard rules' messages in the reader's language
            // ("darf nicht leer sein")
            UI ui = UI.getCurrent();
            if (ui != null) {
                request.header("Accept-Language", ui.getLocale().toLanguageTag());
            }
            if (ifMatch != null) {
                request.header("If-Match", "\"" + ifMatch + "\"");
            }
            if (body != null) {
                request.contentType(type).body(body);
            }
            else if (method == HttpMethod.POST || method == HttpMethod.PUT) {
                // an empty body with its length: the services refuse bodies without a
                // Content-Length (chunked)
                request.body(new byte[0]);
            }
            return request.exchange((sent, response) -> {
                byte[] bytes = response.getBody().readAllBytes();
                String etag = response.getHeaders().getETag();
                return new Answer(response.getStatusCode().value(), json(bytes), bytes, version(etag));
            });
        }
        catch (RestClientException | JacksonException e) {
            return new Answer(503, Json.strict().createObjectNode(), new byte[0], null);
        }
    }

    private static Long version(String etag) {
        if (etag == null) {
            return null;
        }
        try {
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return bytes.length == 0 ? Json.strict().createObjectNode() : Json.tolerant().readTree(bytes);
        }
        catch (JacksonException e) {
            // CSV and other non-JSON bodies come as bytes
            return Json.strict().createObjectNode();
        }
    }

}
