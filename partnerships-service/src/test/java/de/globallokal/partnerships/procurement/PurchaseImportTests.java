package de.globallokal.partnerships.procurement;

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
 * A finance export of purchases, German columns and decimal commas included: a dry run
 * reports each line, a real run stores all or nothing, and a repeated file changes only
 * what changed.
 */
@IntegrationTest
class PurchaseImportTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aBadLineIsRefusedOnItsFieldAndNothingIsStored() {
        String department = "Amt " + System.nanoTime();
        String csv = "Amt;Jahr;Produktgruppe;Gesamt;Davon mit Gütezeichen;Gütezeichen\n" + department
                + ";2025;coffee-tea;1.200,00;900,50;Fairtrade|naturland-fair\n" + department
                + ";2025;Papier und Büromaterial;800;950;Blauer Engel\n";
        long before = count();

        ResponseEntity<JsonNode> dryRun = importCsv(csv, true);
        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dryRun.getBody().get("summary").toString())
            .isEqualTo("{\"create\":1,\"update\":0,\"unchanged\":0,\"rejected\":1}");
        assertThat(dryRun.getBody().at("/rows/1/line").asInt()).isEqualTo(3);
        assertThat(dryRun.getBody().at("/rows/1/errors/0/field").asString()).isEqualTo("certified");

        ResponseEntity<JsonNode> real = importCsv(csv, false);
        assertThat(real.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(real.getBody().get("stored").asBoolean()).isFalse();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsStoredAndItsRepetitionChangesOnlyWhatChanged() {
        String department = "Hauptamt " + System.nanoTime();
        String csv = "department,year,product_group,total,certified,labels\n" + department
                + ",2025,coffee-tea,1200.00,900.5,fairtrade\n" + department + ",2025,it-hardware,50000,0,\n";

        ResponseEntity<JsonNode> stored = importCsv(csv, false, true);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getBody().get("summary").toString())
            .isEqualTo("{\"create\":2,\"update\":0,\"unchanged\":0,\"rejected\":0}");
        String id = stored.getBody().at("/rows/0/id").asString();
        JsonNode coffee = get("/api/purchases/" + id);
        assertThat(coffee.at("/certified/amountMinor").asLong()).isEqualTo(90050);
        assertThat(coffee.at("/total/currency").asString()).isEqualTo("EUR");
        assertThat(coffee.get("published").asBoolean()).as("imported to be published").isTrue();

        // a repeated import without publishing does not hide what is public
        ResponseEntity<JsonNode> again = importCsv(csv.replace("50000,0", "52000,0"), false);
        assertThat(again.getBody().get("summary").toString())
            .isEqualTo("{\"create\":0,\"update\":1,\"unchanged\":1,\"rejected\":0}");
        assertThat(again.getBody().at("/rows/1/changedFields").toString()).isEqualTo("[\"total\"]");
    }

    @Test
    void theSameRecordTwiceInOneFileAndUnknownGroupsAreRefused() {
        String department = "Bauamt " + System.nanoTime();
        String csv = "department,year,product_group,total,certified,labels\n" + department
                + ",2025,natural-stone,100,100,xertifix\n" + department + ",2025,Naturstein,200,0,\n" + department
                + ",2025,marble,10,0,\n" + department + ",20x5,paper,1,0,\n";

        JsonNode report = importCsv(csv, true).getBody();

        assertThat(report.at("/rows/1/errors/0/message").asString()).contains("line 2");
        assertThat(report.at("/rows/2/errors/0/field").asString()).isEqualTo("product_group");
        assertThat(report.at("/rows/3/errors/0/field").asString()).isEqualTo("year");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() {
        ResponseEntity<JsonNode> response = importCsv("department,year,colour\nA,2025,red\n", true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("header");
    }

    private long count() {
        return mongo.getCollection("purchases").countDocuments();
    }

    private JsonNode get(String path) {
        return http
            .exchange(path, HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), JsonNode.class)
            .getBody();
    }

    private ResponseEntity<JsonNode> importCsv(String csv, boolean dryRun) {
        return importCsv(csv, dryRun, false);
    }

    private ResponseEntity<JsonNode> importCsv(String csv, boolean dryRun, boolean publish) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.editor());
        headers.setContentType(new MediaType("text", "csv"));
        return http.exchange("/api/purchases/import?dryRun=" + dryRun + "&publish=" + publish, HttpMethod.POST,
                new HttpEntity<>(csv, headers), JsonNode.class);
    }

}
