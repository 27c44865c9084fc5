package de.globallokal.partnerships.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
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
 * Product groups and labels: the reference set is there from the start, keys stay and are
 * unique, references are checked, and a group still bought cannot go.
 */
@IntegrationTest
class ProcurementApiTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void theReferenceSetIsOnFileFromTheStart() {
        JsonNode labels = exchange(HttpMethod.GET, "/api/labels", null, null, TestTokens.editor()).getBody();
        JsonNode groups = exchange(HttpMethod.GET, "/api/product-groups", null, null, TestTokens.editor()).getBody();

        assertThat(labels.get("data").size()).isGreaterThanOrEqualTo(15);
        assertThat(labels.get("data")).extracting(l -> l.get("key").asString())
            .contains("fairtrade", "gots", "fair-wear", "blauer-engel", "eu-ecolabel", "fsc", "tco-certified",
                    "xertifix", "naturland-fair");
        assertThat(groups.get("data")).extracting(g -> g.get("key").asString())
            .contains("coffee-tea", "textiles", "it-hardware", "paper", "natural-stone");
    }

    @Test
    void aKeyIsUniqueAndStaysAndAGroupStillBoughtCannotBeDeleted() {
        String key = "group-" + System.nanoTime();
        String group = """
                {"key":"%s","name":{"de":"Testgruppe"},"targets":[{"year":2026,"share":50}]}""".formatted(key);
        ResponseEntity<JsonNode> created = exchange(HttpMethod.POST, "/api/product-groups", group, null,
                TestTokens.editor());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asString();

        assertThat(exchange(HttpMethod.POST, "/api/product-groups", group, null, TestTokens.editor()).getStatusCode())
            .isEqualTo(HttpStatus.CONFLICT);
        assertThat(exchange(HttpMethod.PUT, "/api/product-groups/" + id, group.replace(key, key + "-b"), "\"1\"",
                TestTokens.editor())
            .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        String purchase = """
                {"department":"Testamt","year":2025,"productGroup":"%s","total":{"amountMinor":100,"currency":"EUR"},
                 "certified":{"amountMinor":0,"currency":"EUR"}}""".formatted(key);
        assertThat(exchange(HttpMethod.POST, "/api/purchases", purchase, null, TestTokens.editor()).getStatusCode())
            .isEqualTo(HttpStatus.CREATED);
        assertThat(exchange(HttpMethod.DELETE, "/api/product-groups/" + id, null, "\"1\"", TestTokens.admin())
            .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aPurchaseNamingAnUnknownGroupOrLabelIsRefusedOnItsField() {
        String purchase = """
                {"department":"Testamt","year":2025,"productGroup":"coffee-tea","total":{"amountMinor":100,"currency":"EUR"},
                 "certified":{"amountMinor":50,"currency":"EUR"},"labels":["fairtrade","moon-label"]}""";

        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, "/api/purchases", purchase, null,
                TestTokens.editor());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("labels[1]");
    }

    @Test
    void aPartnerOfAPartnershipMayNotTouchProcurement() {
        assertThat(exchange(HttpMethod.GET, "/api/purchases", null, null, TestTokens.partner("p")).getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body, String ifMatch,
            String token) {
        HttpHeaders headers = ApiHeaders.json(token, ifMatch);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

}
