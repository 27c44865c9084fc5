package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Every demo file that run.sh loads is accepted by its API, in run.sh's order and with
 * its placeholders.
 */
@IntegrationTest
class DemoDataTests {

    private static final Path DEMO = Path.of("..", "local-stack", "demo");

    private static final List<String> ORDER = List.of("partnerships", "contacts", "actors", "projects");

    @Autowired
    TestRestTemplate http;

    @Test
    void everyDemoFileIsAccepted() throws IOException {
        Map<String, String> idsBySlug = new HashMap<>();
        int posted = 0;
        for (String api : ORDER) {
            for (Path file : files(DEMO.resolve(api))) {
                String body = Files.readString(file);
                for (Map.Entry<String, String> slug : idsBySlug.entrySet()) {
                    body = body.replace("\"slug:" + slug.getKey() + "\"", "\"" + slug.getValue() + "\"");
                }
                ResponseEntity<String> response = post("/api/" + api, body);
                assertThat(response.getStatusCode()).as(file + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
                JsonNode stored = Json.tolerant().readTree(response.getBody());
                if (stored.has("slug")) {
                    idsBySlug.put(stored.get("slug").asString(), stored.get("id").asString());
                }
                posted++;
            }
        }
        assertThat(posted).isGreaterThanOrEqualTo(13);
        assertThat(idsBySlug).containsKeys("montbeliard", "kongoussi", "novy-jicin");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private ResponseEntity<String> post(String api, String body) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.editor());
        return http.exchange(api, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

}
