package de.globallokal.partnerships.actor;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ActorApiTests {

    static String actor(String name, String lastConfirmed) {
        return """
                {"name":"%s","kind":"ONE_WORLD_GROUP","description":{"de":"Eine Gruppe (Beispiel)"},
                 "themes":["Globales Lernen"],"sdgs":[4,17],"languages":["de","fr"],"email":"gruppe@example.org",
                 "website":"https://example.org","lastConfirmed":%s,"example":true}""".formatted(name,
                lastConfirmed == null ? "null" : "\"" + lastConfirmed + "\"");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void actorsAreCreatedFilteredAndUpdatedWithTheirVersion() {
        String name = "Eine-Welt-Gruppe " + UUID.randomUUID();
        ResponseEntity<JsonNode> created = exchange(HttpMethod.POST, "", actor(name, LocalDate.now().toString()), null);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("example").asBoolean()).isTrue();
        String id = created.getBody().get("id").asString();

        JsonNode found = exchange(HttpMethod.GET, "?kind=ONE_WORLD_GROUP&sdg=4&text=" + name.substring(17), null, null)
            .getBody();
        assertThat(found.get("data")).extracting(a -> a.get("id").asString()).containsExactly(id);
        assertThat(exchange(HttpMethod.GET, "?kind=SCHOOL&text=" + name.substring(17), null, null).getBody()
            .get("total")
            .asLong()).isZero();

        ResponseEntity<JsonNode> updated = exchange(HttpMethod.PUT, "/" + id,
                actor(name, LocalDate.now().toString()).replace("ONE_WORLD_GROUP", "MIGRANT_ORGANISATION"), "\"1\"");
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("kind").asString()).isEqualTo("MIGRANT_ORGANISATION");
        assertThat(updated.getBody().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anActorGetsAReadableAddressOnceAndKeepsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        JsonNode first = exchange(HttpMethod.POST, "", actor("Café Müller " + suffix, null), null).getBody();
        JsonNode second = exchange(HttpMethod.POST, "", actor("Cafe Muller " + suffix, null), null).getBody();

        assertThat(first.get("slug").asString()).isEqualTo("cafe-muller-" + suffix);
        assertThat(second.get("slug").asString()).as("another name that reads alike")
            .isEqualTo("cafe-muller-" + suffix + "-2");

        JsonNode renamed = exchange(HttpMethod.PUT, "/" + first.get("id").asString(), actor("Weltcafé " + suffix, null),
                "\"1\"")
            .getBody();
        assertThat(renamed.get("slug").asString()).as("links to it stay good").isEqualTo("cafe-muller-" + suffix);
    }

    @Test
    void actorsNotConfirmedForTwelveMonthsAreListedForTheYearlyCheck() {
        String fresh = exchange(HttpMethod.POST, "",
                actor("Frisch " + UUID.randomUUID(), LocalDate.now().minusMonths(11).toString()), null)
            .getBody()
            .get("id")
            .asString();
        String stale = exchange(HttpMethod.POST, "",
                actor("Veraltet " + UUID.randomUUID(), LocalDate.now().minusMonths(13).toString()), null)
            .getBody()
            .get("id")
            .asString();
        String never = exchange(HttpMethod.POST, "", actor("Nie bestätigt " + UUID.randomUUID(), null), null).getBody()
            .get("id")
            .asString();

        JsonNode due = exchange(HttpMethod.GET, "/unconfirmed", null, null).getBody().get("data");

        assertThat(due).extracting(a -> a.get("id").asString()).contains(stale, never).doesNotContain(fresh);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            value = { "unknown kind | ONE_WORLD_GROUP | BOWLING_CLUB | kind", "sdg 18 | [4,17] | [4,18] | sdgs[1]",
                    "language not ISO | [\"de\",\"fr\"] | [\"deutsch\"] | languages[0]",
                    "confirmed in the future | 2026-01-01 | 2999-01-01 | lastConfirmed",
                    "website without scheme | https://example.org | example.org | website", })
    void badActorsAreRefusedNamingTheField(String name, String good, String bad, String field) {
        long before = mongo.getCollection("actors").countDocuments();
        String body = actor("Gruppe", "2026-01-01").replace(good, bad);

        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, "", body, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asString()).contains(field);
        assertThat(mongo.getCollection("actors").countDocuments()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body, String ifMatch) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.editor(), ifMatch);
        return http.exchange("/api/actors" + path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

}
