package de.globallokal.partnerships.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The exports read back with the same library hold every partnership, umlauts and all.
 */
@IntegrationTest
class PartnershipExportTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void csvAndJsonHoldEveryPartnership() throws Exception {
        String town = "Exportstadt Ünterß " + System.nanoTime();
        http.exchange("/api/partnerships", HttpMethod.POST,
                new HttpEntity<>(PartnershipApiTests.MONTBELIARD.replace("Montbéliard", town),
                        ApiHeaders.json(TestTokens.editor())),
                String.class);
        long total = http
            .exchange("/api/partnerships?size=1", HttpMethod.GET,
                    new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), JsonNode.class)
            .getBody()
            .get("total")
            .asLong();

        ResponseEntity<byte[]> csv = http.exchange("/api/partnerships/export.csv", HttpMethod.GET,
                new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), byte[].class);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
        assertThat(records).hasSize((int) total);
        CSVRecord mine = records.stream().filter(r -> r.get("partner_name").equals(town)).findFirst().orElseThrow();
        assertThat(mine.get("country")).isEqualTo("FR");
        assertThat(mine.get("sdgs")).isEqualTo("11;17");
        assertThat(mine.get("description_de")).isEqualTo("Älteste Partnerschaft.");

        JsonNode json = http
            .exchange("/api/partnerships/export.json", HttpMethod.GET,
                    new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), JsonNode.class)
            .getBody();
        assertThat(json).hasSize((int) total);
    }

    @Test
    void exportsNeedAStaffToken() {
        assertThat(http.getForEntity("/api/partnerships/export.csv", String.class).getStatusCode().value())
            .isEqualTo(401);
    }

}
