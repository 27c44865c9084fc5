package de.globallokal.partnerships.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A CSV in the export's columns: a dry run says what would happen, a real run all or
 * nothing.
 */
@IntegrationTest
class PartnershipImportTests {

    private static final String HEADER = "id,partner_name,country,kind,since,status,sdgs,description_de\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aDryRunReportsEveryRowAndStoresNothing() {
        JsonNode existing = create("Importstadt " + System.nanoTime());
        String id = existing.get("id").asString();
        String name = existing.at("/partner/name").asString();
        String csv = HEADER + ",Neustadt " + System.nanoTime() + ",FR,TOWN_TWINNING,1999,ACTIVE,11;17,Neu\n" + id + ","
                + name + ",FR,TOWN_TWINNING,1951,ACTIVE,11;17,Älteste Partnerschaft.\n" + id + "," + name
                + ",FR,TOWN_TWINNING,1950,ACTIVE,11;17,Älteste Partnerschaft.\n"
                + ",Irgendwo,XX,MARRIAGE,1999,ACTIVE,18,x\n";
        long before = count();

        ResponseEntity<JsonNode> report = importCsv(csv, true);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody().get("summary").toString())
            .isEqualTo("{\"create\":1,\"update\":1,\"unchanged\":1,\"rejected\":1}");
        assertThat(report.getBody().at("/rows/1/changedFields/0").asString()).isEqualTo("since");
        assertThat(report.getBody().at("/rows/3/line").asInt()).isEqualTo(5);
        assertThat(report.getBody().at("/rows/3/errors/0/field").asString()).isEqualTo("kind");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRealImportStoresAllOrNothing() {
        String town = "Allesodernichts " + System.nanoTime();
        long before = count();

        ResponseEntity<JsonNode> refused = importCsv(HEADER + "," + town + ",FR,TOWN_TWINNING,1999,ACTIVE,11,a\n"
                + ",Kaputt,FR,TOWN_TWINNING,3000,ACTIVE,11,b\n", false);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("stored").asBoolean()).isFalse();
        assertThat(count()).isEqualTo(before);

        ResponseEntity<JsonNode> stored = importCsv(HEADER + "," + town + ",FR,TOWN_TWINNING,1999,ACTIVE,11,a\n",
                false);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getBody().get("stored").asBoolean()).isTrue();
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aFileWithUnknownColumnsIsRefusedAsAWhole() {
        ResponseEntity<JsonNode> response = importCsv("partner_name,colour\nX,red\n", true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("header");
    }

    private JsonNode create(String name) {
        return http
            .exchange("/api/partnerships", HttpMethod.POST,
                    new HttpEntity<>(PartnershipApiTests.MONTBELIARD.replace("Montbéliard", name),
                            ApiHeaders.json(TestTokens.editor())),
                    JsonNode.class)
            .getBody();
    }

    private long count() {
        return mongo.getCollection("partnerships").countDocuments();
    }

    private ResponseEntity<JsonNode> importCsv(String csv, boolean dryRun) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.editor());
        headers.setContentType(new MediaType("text", "csv"));
        return http.exchange("/api/partnerships/import?dryRun=" + dryRun, HttpMethod.POST,
                new HttpEntity<>(csv, headers), JsonNode.class);
    }

}
