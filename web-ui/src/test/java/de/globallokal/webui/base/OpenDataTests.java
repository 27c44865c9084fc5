package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.globallokal.testkit.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every open-data list is open, paged alike and refuses bad paging with a problem. */
@IntegrationTest
class OpenDataTests {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"partnerships", "projects", "actors", "events"})
    void everyListIsPagedAndRefusesNonsense(String list) {
        ResponseEntity<JsonNode> page = http.getForEntity("/api/public/v1/" + list + "?size=5", JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().at("/pagination/size").asInt()).isEqualTo(5);
        assertThat(page.getBody().at("/links/self").asText()).contains("/api/public/v1/" + list);

        ResponseEntity<JsonNode> bad = http.getForEntity("/api/public/v1/" + list + "?size=5000&modified_since=gestern",
                JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsAnyOf("size", "modified_since");
    }
}
