package de.globallokal.partnerships.project;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A partner municipality's colleague reports on their own partnership's programme, and on
 * no other; what they write is marked as the partner's.
 */
@IntegrationTest
class ProgrammeWorkTests {

    static final String NOTE = """
            {"id":"n-1","date":"2026-03-20","text":{"de":"Erste Reihen gesetzt","fr":"Premières lignes posées"},
             "attachments":[{"url":"/dateien/0123456789abcdef0123456789abcdef","type":"image/jpeg","name":"reihen.jpg",
               "size":52000,"alt":{"de":"Steinreihen auf einem Feld","fr":"Lignes de pierres sur un champ"}}]}""";

    @Autowired
    TestRestTemplate http;

    @Test
    void thePartnerWritesNotesValuesAndStateOfTheirOwnPartnershipsMeasures() {
        String partnership = partnership("Kongoussi");
        String project = project(partnership);
        String partner = TestTokens.partner(partnership);

        ResponseEntity<JsonNode> noted = call(partner, HttpMethod.POST,
                "/api/projects/" + project + "/programme/measures/stone-lines/notes", NOTE);
        ResponseEntity<JsonNode> read = call(partner, HttpMethod.POST,
                "/api/projects/" + project + "/programme/indicators/area/readings",
                "{\"date\":\"2026-04-01\",\"value\":31,\"source\":\"Mairie\"}");
        ResponseEntity<JsonNode> worked = call(partner, HttpMethod.PUT,
                "/api/projects/" + project + "/programme/measures/stone-lines/work",
                "{\"status\":\"RUNNING\",\"progress\":70}");

        assertThat(noted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(worked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode measure = worked.getBody().at("/programme/fields/0/objectives/0/measures/0");
        assertThat(measure.at("/notes/0/side").asString()).isEqualTo("PARTNER");
        assertThat(measure.at("/notes/0/author").asString()).isEqualTo("partner");
        assertThat(measure.at("/notes/0/attachments/0/alt/fr").asString()).isEqualTo("Lignes de pierres sur un champ");
        assertThat(measure.at("/progress").asInt()).isEqualTo(70);
        assertThat(worked.getBody().at("/programme/indicators/0/values").findValuesAsString("date"))
            .containsExactly("2026-03-15", "2026-04-01");
        JsonNode history = call(TestTokens.editor(), HttpMethod.GET, "/api/projects/" + project + "/history", null)
            .getBody()
            .get("data");
        assertThat(history.findValuesAsString("actor")).contains("partner");
        assertThat(history.findValues("changedFields").stream().flatMap(f -> f.valueStream()).map(JsonNode::asString))
            .contains("programme.measures.stone-lines.notes", "programme.indicators.area.values");
    }

    @Test
    void thePartnerIsRefusedOnAnotherPartnershipsProjectAndEverywhereElse() {
        String own = partnership("Kongoussi");
        String other = project(partnership("Montbéliard"));
        String partner = TestTokens.partner(own);

        ResponseEntity<JsonNode> note = call(partner, HttpMethod.POST,
                "/api/projects/" + other + "/programme/measures/stone-lines/notes", NOTE);
        ResponseEntity<JsonNode> whole = call(partner, HttpMethod.PUT, "/api/projects/" + other, "{}");
        ResponseEntity<JsonNode> list = call(partner, HttpMethod.GET, "/api/partnerships", null);
        ResponseEntity<JsonNode> unscoped = call(
                TestTokens.token("partner", java.util.List.of("PARTNER"), TestTokens.SERVICES,
                        java.time.Instant.now().plusSeconds(60)),
                HttpMethod.POST, "/api/projects/" + other + "/programme/measures/stone-lines/notes", NOTE);

        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(note.getBody().get("detail").asString()).contains("nothing was stored");
        assertThat(whole.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unscoped.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode stored = call(TestTokens.editor(), HttpMethod.GET, "/api/projects/" + other, null).getBody();
        assertThat(stored.at("/programme/fields/0/objectives/0/measures/0/notes").isEmpty()).isTrue();
    }

    @Test
    void theSameNoteTwiceIsStoredOnceAndTheOtherCitysNoteCannotBeOverwritten() {
        String partnership = partnership("Kongoussi");
        String project = project(partnership);
        String path = "/api/projects/" + project + "/programme/measures/stone-lines/notes";

        call(TestTokens.partner(partnership), HttpMethod.POST, path, NOTE);
        ResponseEntity<JsonNode> again = call(TestTokens.partner(partnership), HttpMethod.POST, path, NOTE);
        ResponseEntity<JsonNode> overwritten = call(TestTokens.editor(), HttpMethod.POST, path, NOTE);
        ResponseEntity<JsonNode> unknown = call(TestTokens.editor(), HttpMethod.POST,
                "/api/projects/" + project + "/programme/measures/nothing/notes", NOTE);
        ResponseEntity<JsonNode> noText = call(TestTokens.editor(), HttpMethod.POST, path,
                NOTE.replace("\"de\":\"Erste Reihen gesetzt\",", ""));
        ResponseEntity<JsonNode> foreignFile = call(TestTokens.editor(), HttpMethod.POST, path,
                NOTE.replace("/dateien/0123456789abcdef0123456789abcdef", "https://example.org/x.jpg"));

        assertThat(again.getBody().at("/programme/fields/0/objectives/0/measures/0/notes")).hasSize(1);
        assertThat(overwritten.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().at("/errors/0/field").asString()).isEqualTo("programme.measures.nothing.notes");
        assertThat(noText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreignFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreignFile.getBody().at("/errors/0/field").asString()).isEqualTo("attachments[0].url");
    }

    private String partnership(String name) {
        return call(TestTokens.admin(), HttpMethod.POST, "/api/partnerships", """
                {"partner":{"name":"NAME","country":"BF"},"kind":"CLIMATE_PARTNERSHIP","status":"ACTIVE",
                 "description":{"de":"Klimapartnerschaft"},"sdgs":[13]}""".replace("NAME", name)).getBody()
            .get("id")
            .asString();
    }

    private String project(String partnership) {
        return call(TestTokens.admin(), HttpMethod.POST, "/api/projects",
                ProjectApiTests.PROJECT.replace("PID", partnership))
            .getBody()
            .get("id")
            .asString();
    }

    private ResponseEntity<JsonNode> call(String token, HttpMethod method, String path, String body) {
        return http.exchange(path, method, new HttpEntity<>(body, ApiHeaders.json(token, null)), JsonNode.class);
    }

}
