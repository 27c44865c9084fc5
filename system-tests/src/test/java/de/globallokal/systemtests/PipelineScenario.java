package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * The change pipeline end to end with real processes: a partnership posted to
 * partnerships-service shows up in web-ui's open-data API; it still does when Kafka was
 * away at the time of the write, and when web-ui was down and comes back; a deletion
 * takes it away again.
 */
abstract class PipelineScenario {

    /** The tests' key pair, as the processes read it from their environment. */
    static final Map<String, String> TOKEN_KEYS = Map.of("GLOBALLOKAL_JWT_PRIVATE_KEY",
            TestTokens.pem(TestTokens.PRIVATE_KEY), "GLOBALLOKAL_JWT_PUBLIC_KEY",
            TestTokens.pem(TestTokens.PUBLIC_KEY));

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    void run(Infrastructure infrastructure) throws Exception {
        int partnershipsPort = freePort();
        int webUiPort = freePort();
        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        common.putAll(TOKEN_KEYS);
        common.put("GLOBALLOKAL_OUTBOX_INTERVAL", "500ms");

        Map<String, String> partnershipsEnv = new HashMap<>(common);
        partnershipsEnv.put("MONGODB_URI", infrastructure.mongoUri("partnerships"));
        Map<String, String> webUiEnv = new HashMap<>(common);
        webUiEnv.put("MONGODB_URI", infrastructure.mongoUri("webui"));
        webUiEnv.put("SPRING_PROFILES_ACTIVE", "local");
        webUiEnv.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        webUiEnv.put("LOGGING_LEVEL_DE_GLOBALLOKAL_TRACING", "DEBUG");
        // the divergence check asks the owner; events-service is not part of this
        // scenario
        webUiEnv.put("GLOBALLOKAL_SERVICES_PARTNERSHIPS_URL", "http://127.0.0.1:" + partnershipsPort);

        try (ServiceProcess partnerships = new ServiceProcess("partnerships-service", partnershipsPort,
                partnershipsEnv); ServiceProcess webUi = new ServiceProcess("web-ui", webUiPort, webUiEnv)) {
            partnerships.start();
            webUi.start();
            partnerships.awaitHealthy();
            webUi.awaitHealthy();
            String token = token(webUi, "editor:globallokal-editor");

            // the client's trace goes on through the outbox and Kafka into web-ui's
            // projector, whose JSON log names it
            String traceId = UUID.randomUUID().toString().replace("-", "");
            String montbeliard = create(partnerships, token, "Montbéliard", "FR",
                    "00-" + traceId + "-" + traceId.substring(0, 16) + "-01");
            awaitVisible(webUi, montbeliard, "Montbéliard");
            JsonNode projected = webUi.awaitLogged(traceId, "reached the read model", PATIENCE);
            assertThat(projected.get("traceId").asString()).isEqualTo(traceId);
            assertThat(projected.get("spanId").asString()).isNotEqualTo(traceId.substring(0, 16));
            assertThat(projected.at("/log/logger").asString()).isEqualTo("de.globallokal.tracing");

            infrastructure.stopKafka();
            String caerphilly = create(partnerships, token, "Caerphilly", "GB");
            assertThat(find(webUi, caerphilly)).as("not visible while Kafka is away").isNull();
            infrastructure.startKafka();
            awaitVisible(webUi, caerphilly, "Caerphilly");

            webUi.stop();
            String kongoussi = create(partnerships, token, "Kongoussi", "BF");
            webUi.start().awaitHealthy();
            awaitVisible(webUi, kongoussi, "Kongoussi");
            assertThat(find(webUi, montbeliard)).isNotNull();
            assertThat(find(webUi, caerphilly)).isNotNull();

            delete(partnerships, token(webUi, "admin:globallokal-admin"), caerphilly);
            await("deletion visible").atMost(PATIENCE).until(() -> find(webUi, caerphilly) == null);

            // the oracle: web-ui's partnerships equal the owner's, id by id and version
            // by version
            JsonNode partnershipsCompared = await("read model equal to its owner").atMost(PATIENCE)
                .until(() -> divergence(webUi, "partnership"),
                        type -> type != null && type.get("differing").asInt() == 0);
            assertThat(partnershipsCompared.get("owned").asInt()).isEqualTo(partnershipsCompared.get("copied").asInt())
                .isGreaterThanOrEqualTo(3);
        }
    }

    /**
     * A service token for partnerships-service, as web-ui hands it to a signed-in staff
     * member ({@code user:password}).
     */
    static String token(ServiceProcess webUi, String credentials) throws Exception {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP
            .send(HttpRequest.newBuilder(webUi.url("/api/token?audience=partnerships-service"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.tolerant().readTree(response.body()).get("access_token").asString();
    }

    private static String create(ServiceProcess partnerships, String token, String name, String country)
            throws Exception {
        return create(partnerships, token, name, country, null);
    }

    private static String create(ServiceProcess partnerships, String token, String name, String country,
            String traceparent) throws Exception {
        String body = """
                {"partner":{"name":"%s","country":"%s"},"kind":"TOWN_TWINNING","since":1960,
                 "status":"ACTIVE","description":{"de":"Systemtest"},"sdgs":[17]}""".formatted(name, country);
        HttpRequest.Builder request = HttpRequest.newBuilder(partnerships.url("/api/partnerships"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.tolerant().readTree(response.body()).get("id").asString();
    }

    private static void delete(ServiceProcess partnerships, String adminToken, String id) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(partnerships.url("/api/partnerships/" + id))
            .header("Authorization", "Bearer " + adminToken)
            .header("If-Match", "\"1\"")
            .DELETE()
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static void awaitVisible(ServiceProcess webUi, String id, String name) {
        JsonNode item = await(name + " visible in web-ui").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(250))
            .until(() -> find(webUi, id), found -> found != null);
        assertThat(item.at("/partner/name").asString()).isEqualTo(name);
    }

    /**
     * The divergence check's figures for one aggregate type in web-ui's read models,
     * asked as an administrator.
     */
    static JsonNode divergence(ServiceProcess webUi, String aggregateType) throws Exception {
        return divergence(webUi, "types", aggregateType);
    }

    /**
     * The same for {@code copies}: {@code types} (web-ui's read models) or
     * {@code replicas} (events-service's).
     */
    static JsonNode divergence(ServiceProcess webUi, String copies, String aggregateType) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:globallokal-admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(webUi.url("/api/admin/divergence"))
            .header("Authorization", "Basic " + basic)
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode type : Json.tolerant().readTree(response.body()).get(copies)) {
            if (type.get("aggregateType").asString().equals(aggregateType)) {
                return type;
            }
        }
        return null;
    }

    private static JsonNode find(ServiceProcess webUi, String id) throws Exception {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(webUi.url("/api/public/v1/partnerships?size=200")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            return null;
        }
        for (JsonNode item : Json.tolerant().readTree(response.body()).get("data")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
