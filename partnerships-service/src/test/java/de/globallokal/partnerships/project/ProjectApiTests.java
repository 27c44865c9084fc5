package de.globallokal.partnerships.project;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
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
class ProjectApiTests {

    static final String PROJECT = """
            {"partnershipId":"PID","title":{"de":"Klimaprojekt"},"status":"RUNNING",
             "start":"2024-01-01","end":"2027-12-31","sdgs":[13,15],"sdgTargets":["13.1","15.3"],
             "funding":[{"funder":"BMZ","programme":"Klimapartnerschaften","amount":{"amountMinor":25000000,"currency":"EUR"}}],
             "budget":{"amountMinor":27500000,"currency":"EUR"},"spent":{"amountMinor":100,"currency":"EUR"},
             "measures":[{"goal":{"de":"Wasser halten"},"measure":{"de":"Steinwälle"},"responsible":"PARTNER",
                          "progress":60,"status":"RUNNING","due":"2026-06-30"}],
             "indicators":[{"name":{"de":"Bäume"},"unit":"Stück","values":[{"date":"2025-12-31","value":4100}]}],
             "programme":{"fields":[{"id":"water","title":{"de":"Wasser"},"objectives":[
               {"id":"retain","title":{"de":"Wasser halten"},"measures":[
                 {"id":"stone-lines","title":{"de":"Steinreihen"},"side":"PARTNER","start":"2025-10-01","due":"2026-06-30",
                  "status":"RUNNING","budget":[{"funder":"BMZ","planned":{"amountMinor":1500000,"currency":"EUR"}}]}]}]}],
              "indicators":[{"id":"area","name":{"de":"Fläche"},"unit":"ha","measureId":"stone-lines",
                "baseline":{"value":0,"date":"2025-10-01"},"target":{"value":40,"date":"2026-06-30"},
                "values":[{"date":"2026-03-15","value":24}]}]}}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aProjectBelongsToAnExistingPartnershipWhichThenCannotBeDeleted() {
        String partnership = partnership();

        ResponseEntity<JsonNode> created = exchange(HttpMethod.POST, "/api/projects",
                PROJECT.replace("PID", partnership), null);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("slug").asString()).startsWith("klimaprojekt");
        assertThat(created.getBody().at("/funding/0/amount/amountMinor").asLong()).isEqualTo(25_000_000L);
        assertThat(created.getBody().at("/measures/0/progress").asInt()).isEqualTo(60);
        assertThat(created.getBody().at("/programme/fields/0/objectives/0/measures/0/id").asString())
            .isEqualTo("stone-lines");
        assertThat(created.getBody().at("/programme/indicators/0/values/0/value").asInt()).isEqualTo(24);
        ResponseEntity<JsonNode> refused = exchange(HttpMethod.DELETE, "/api/partnerships/" + partnership, null,
                "\"1\"");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asString()).contains("1 project");
        assertThat(exchange(HttpMethod.GET, "/api/projects?partnership=" + partnership, null, null).getBody()
            .get("total")
            .asLong()).isEqualTo(1);
    }

    @Test
    void aProjectForAnUnknownPartnershipIsUnprocessable() {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, "/api/projects", PROJECT.replace("PID", "nope"),
                null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("partnershipId");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "target not of a listed goal | \"15.3\" | \"11.b\" | sdgTargets[1]",
            "no such target | \"15.3\" | \"13.z\" | sdgTargets[1]", "end before start | 2027-12-31 | 2023-01-01 | end",
            "negative amount | 25000000 | -5 | funding[0].amount.amountMinor",
            "progress over 100 | \"progress\":60 | \"progress\":101 | measures[0].progress",
            "unknown side | PARTNER | NEIGHBOUR | measures[0].responsible",
            "spent in another currency | \"amountMinor\":100,\"currency\":\"EUR\" | \"amountMinor\":100,\"currency\":\"XOF\" | spent.currency",
            "an id twice in the programme | \"id\":\"retain\" | \"id\":\"water\" | programme.fields[0].objectives[0].id",
            "an indicator of no measure | \"measureId\":\"stone-lines\" | \"measureId\":\"nothing\" | programme.indicators[0].measureId",
            "money from no funding line | \"funder\":\"BMZ\",\"planned\" | \"funder\":\"EU\",\"planned\" | programme.fields[0].objectives[0].measures[0].budget[0].funder",
            "due before start | \"due\":\"2026-06-30\", | \"due\":\"2025-06-30\", | programme.fields[0].objectives[0].measures[0].due", })
    void badProjectsAreRefusedNamingTheField(String name, String good, String bad, String field) {
        long before = mongo.getCollection("projects").countDocuments();
        String body = PROJECT.replace("PID", partnership()).replace(good, bad);

        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, "/api/projects", body, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asString()).contains(field);
        assertThat(mongo.getCollection("projects").countDocuments()).isEqualTo(before);
    }

    private String partnership() {
        return exchange(HttpMethod.POST, "/api/partnerships", """
                {"partner":{"name":"Kongoussi","country":"BF"},"kind":"CLIMATE_PARTNERSHIP","status":"ACTIVE",
                 "description":{"de":"Klimapartnerschaft"},"sdgs":[13]}""", null).getBody().get("id").asString();
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body, String ifMatch) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.admin(), ifMatch);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

}
