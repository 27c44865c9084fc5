package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.projection.ActorReadModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Every open-data list is open, paged alike and refuses bad paging with a problem. */
@IntegrationTest
class OpenDataTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    de.globallokal.webui.projection.ActorReadModel actors;

    @org.junit.jupiter.api.Test
    void listsFilterByWhatTheyAllow() throws Exception {
        String theme = "Thema-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        for (int sdg : new int[] {4, 13}) {
            String id = java.util.UUID.randomUUID().toString();
            tools.jackson.databind.node.ObjectNode data = de.globallokal.core.json.Json.strict().createObjectNode();
            data.put("id", id).put("name", "Gruppe " + sdg).put("kind", "SCHOOL").putArray("sdgs").add(sdg);
            data.putArray("themes").add(theme);
            actors.apply(de.globallokal.core.event.EventEnvelope.create("partnerships-service",
                    de.globallokal.core.event.EventTypes.ACTOR_UPSERTED, de.globallokal.core.event.AggregateTypes.ACTOR, id, 1,
                    "editor", java.util.List.of(), data, java.time.Instant.now()));
        }

        JsonNode both = http.getForObject("/api/public/v1/actors?theme=" + theme, JsonNode.class);
        JsonNode one = http.getForObject("/api/public/v1/actors?theme=" + theme + "&sdg=13", JsonNode.class);

        assertThat(both.at("/pagination/total").asInt()).isEqualTo(2);
        assertThat(one.at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(one.at("/data/0/name").asString()).isEqualTo("Gruppe 13");
        assertThat(http.getForEntity("/api/public/v1/actors?sdg=99", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partnerships", "projects", "actors", "events"})
    void everyListIsPagedAndRefusesNonsense(String list) {
        ResponseEntity<JsonNode> page = http.getForEntity("/api/public/v1/" + list + "?size=5", JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().at("/pagination/size").asInt()).isEqualTo(5);
        assertThat(page.getBody().at("/links/self").asString()).contains("/api/public/v1/" + list);

        ResponseEntity<JsonNode> bad = http.getForEntity("/api/public/v1/" + list + "?size=5000&modified_since=gestern",
                JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").findValuesAsString("field")).containsAnyOf("size", "modified_since");
    }
}
