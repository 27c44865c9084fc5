package de.globallokal.partnerships.structures;

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
 * Resolutions, bodies, the budget line and the press log keep their references and their
 * rules.
 */
@IntegrationTest
class StructuresApiTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void aResolutionNamingAPartnershipThatDoesNotExistIsRefused() {
        String resolution = """
                {"date":"2024-05-15","body":"Gemeinderat","title":{"de":"Beitritt Fairtrade-Towns"},
                 "areas":["FAIR_TRADE_TOWN"],"partnershipIds":["no-such-partnership"]}""";

        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, "/api/resolutions", resolution);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("partnershipIds[0]");
        assertThat(exchange(HttpMethod.POST, "/api/resolutions",
                resolution.replace(",\"partnershipIds\":[\"no-such-partnership\"]", ""))
            .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aResolutionWithoutAreaOrInTheFutureIsRefused() {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, "/api/resolutions", """
                {"date":"2999-01-01","body":"Gemeinderat","title":{"de":"Zukunft"},"areas":[]}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asString())
            .contains("date", "areas");
    }

    @Test
    void eachYearOfTheBudgetLineIsKeptOnce() {
        int year = 2000 + (int) (System.nanoTime() % 100);
        String budget = """
                {"year":%d,"item":"Produkt 1.11","planned":{"amountMinor":100000,"currency":"EUR"}}""".formatted(year);

        ResponseEntity<JsonNode> first = exchange(HttpMethod.POST, "/api/budget-years", budget);
        ResponseEntity<JsonNode> second = exchange(HttpMethod.POST, "/api/budget-years", budget);

        assertThat(first.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aBodyNamingAnUnknownContactIsRefusedAndItsMeetingsComeInDateOrder() {
        String body = """
                {"name":{"de":"Steuerungsgruppe"},"kind":"STEERING_GROUP","areas":["FAIR_TRADE_TOWN"],
                 "memberContactIds":%s,"meetings":[{"date":"2027-03-01"},{"date":"2026-12-10"}]}""";

        assertThat(exchange(HttpMethod.POST, "/api/bodies", body.formatted("[\"nobody\"]")).getStatusCode())
            .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode created = exchange(HttpMethod.POST, "/api/bodies", body.formatted("[]")).getBody();
        assertThat(created.at("/meetings/0/date").asString()).isEqualTo("2026-12-10");
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body) {
        return http.exchange(path, method, new HttpEntity<>(body, ApiHeaders.json(TestTokens.editor())),
                JsonNode.class);
    }

}
