package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CacheHeadersTests {

    @LocalServerPort
    int port;

    // the JDK's client asks for no compression, as the simplest browser would
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hashedBundlesAreKeptForAYearAndPagesAreAskedForAnew() throws Exception {
        HttpResponse<String> page = get("/veranstaltungen");
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-cache");

        Matcher bundle = Pattern.compile("src=\"\\.?/(VAADIN/build/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(bundle.find()).as("the page names Vaadin's bundle").isTrue();
        HttpResponse<String> script = get("/" + bundle.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");

        HttpResponse<String> stylesheet = get("/styles/globallokal.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control")).as("not hashed: it may change under its name")
            .hasValueSatisfying(value -> assertThat(value).doesNotContain("immutable"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
