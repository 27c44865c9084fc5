package de.globallokal.partnerships.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;

/**
 * The IATI activity read back with a plain XML parser carries what a funder looks for.
 */
@IntegrationTest
class IatiActivityExportTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void aProjectBecomesAnIatiActivity() throws Exception {
        String partnership = http
            .exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>("""
                    {"partner":{"name":"Kongoussi","country":"BF"},"kind":"CLIMATE_PARTNERSHIP","status":"ACTIVE",
                     "description":{"de":"Klimapartnerschaft"},"sdgs":[13]}""", ApiHeaders.json(TestTokens.editor())),
                    JsonNode.class)
            .getBody()
            .get("id")
            .asString();
        String project = http
            .exchange("/api/projects", HttpMethod.POST,
                    new HttpEntity<>(ProjectApiTests.PROJECT.replace("PID", partnership),
                            ApiHeaders.json(TestTokens.editor())),
                    JsonNode.class)
            .getBody()
            .get("id")
            .asString();

        ResponseEntity<String> response = http.exchange("/api/projects/" + project + "/iati.xml", HttpMethod.GET,
                new HttpEntity<>(ApiHeaders.json(TestTokens.editor())), String.class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/xml");
        Document xml = DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)));
        XPath path = XPathFactory.newInstance().newXPath();
        assertThat(path.evaluate("/iati-activities/@version", xml)).isEqualTo("2.03");
        assertThat(path.evaluate("//iati-activity/title/narrative[1]", xml)).isEqualTo("Klimaprojekt");
        assertThat(path.evaluate("//participating-org[@role='1']/narrative", xml)).isEqualTo("BMZ");
        assertThat(path.evaluate("//participating-org[@role='4']/narrative", xml)).isEqualTo("Kongoussi");
        assertThat(path.evaluate("//activity-status/@code", xml)).isEqualTo("2");
        assertThat(path.evaluate("//budget/value", xml)).isEqualTo("275000.00");
        assertThat(path.evaluate("//budget/value/@currency", xml)).isEqualTo("EUR");
        assertThat(path.evaluate("count(//tag[@vocabulary='3'])", xml)).isEqualTo("2");
        assertThat(path.evaluate("//tag[@vocabulary='3'][1]/@code", xml)).isEqualTo("13.1");
        assertThat(path.evaluate("//sector[@vocabulary='7'][1]/@code", xml)).isEqualTo("13");
        // the action programme's objective as an outcome with its measure's indicator
        assertThat(path.evaluate("count(//result)", xml)).isEqualTo("1");
        assertThat(path.evaluate("//result/@type", xml)).isEqualTo("2");
        assertThat(path.evaluate("//result/title/narrative", xml)).isEqualTo("Wasser halten");
        assertThat(path.evaluate("//result/indicator/title/narrative", xml)).isEqualTo("Fläche");
        assertThat(path.evaluate("//result/indicator/@ascending", xml)).isEqualTo("1");
        assertThat(path.evaluate("//result/indicator/baseline/@value", xml)).isEqualTo("0");
        assertThat(path.evaluate("//result/indicator/baseline/@year", xml)).isEqualTo("2025");
        assertThat(path.evaluate("count(//result/indicator/period)", xml)).isEqualTo("1");
        assertThat(path.evaluate("//result/indicator/period/period-start/@iso-date", xml)).isEqualTo("2026-01-01");
        assertThat(path.evaluate("//result/indicator/period/target/@value", xml)).isEqualTo("40");
        assertThat(path.evaluate("//result/indicator/period/actual/@value", xml)).isEqualTo("24");
        assertThat(path.evaluate("name(/iati-activities/iati-activity/*[last()])", xml)).as("results come last")
            .isEqualTo("result");
        valid(response.getBody());
    }

    @Test
    void aBareProjectStillMakesAValidActivityAndOneWithoutDatesIsRefused() throws Exception {
        String partnership = create("/api/partnerships", """
                {"partner":{"name":"Kongoussi","country":"BF"},"kind":"CLIMATE_PARTNERSHIP","status":"ACTIVE",
                 "description":{"de":"Klimapartnerschaft"}}""");
        String bare = create("/api/projects",
                """
                        {"partnershipId":"%s","title":{"de":"Nur ein Titel"},"status":"PLANNED","start":"2027-01-01",
                         "budget":{"amountMinor":100,"currency":"EUR"},
                         "programme":{"fields":[{"id":"w","title":{"de":"Wasser"},"objectives":[{"id":"o","title":{"de":"Ziel ohne Indikator"}}]}]}}"""
                    .formatted(partnership));
        String undated = create("/api/projects", """
                {"partnershipId":"%s","title":{"de":"Ohne Datum"},"status":"PLANNED"}""".formatted(partnership));

        String xml = get("/api/projects/" + bare + "/iati.xml").getBody();
        ResponseEntity<String> refused = get("/api/projects/" + undated + "/iati.xml");

        valid(xml);
        assertThat(xml).as("an objective without indicators reports nothing").doesNotContain("<result");
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void theSchemaRefusesAnActivityInTheWrongOrder() {
        String misordered = """
                <iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>
                <title><narrative>T</narrative></title><reporting-org type="10"/>
                <description><narrative>D</narrative></description><participating-org role="2"/>
                <activity-status code="1"/><activity-date type="1" iso-date="2027-01-01"/></iati-activity>
                </iati-activities>""";

        assertThatThrownBy(() -> valid(misordered)).isInstanceOf(SAXException.class).hasMessageContaining("title");
    }

    /**
     * Checked against the standard's rules for what we write (see the schema's header).
     */
    private static void valid(String xml) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(IatiActivityExportTests.class.getResource("/iati/activity-2.03-as-written.xsd"))
            .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private String create(String path, String body) {
        return http
            .exchange(path, HttpMethod.POST, new HttpEntity<>(body, ApiHeaders.json(TestTokens.editor())),
                    JsonNode.class)
            .getBody()
            .get("id")
            .asString();
    }

    private ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(ApiHeaders.json(TestTokens.editor())),
                String.class);
    }

}
