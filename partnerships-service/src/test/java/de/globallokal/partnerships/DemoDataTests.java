package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.event.Topics;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Every demo file that run.sh loads is accepted by the API it is meant for. */
@IntegrationTest
class DemoDataTests {

    private static final Path DEMO = Path.of("..", "local-stack", "demo");


    @Autowired
    TestRestTemplate http;

    static Stream<Path> demoFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEMO)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(json).hasSizeGreaterThanOrEqualTo(12);
            return json.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoFiles")
    void isAccepted(Path file) throws IOException {
        String api = "/api/" + file.getParent().getFileName();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.editor());

        var response = http.exchange(api, HttpMethod.POST, new HttpEntity<>(Files.readString(file), headers),
                String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
