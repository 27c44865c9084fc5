package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.PublishedDocumentsTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is open and names every resource; the AsyncAPI document is open
 * too.
 */
@IntegrationTest
class ApiDocumentationTests extends PublishedDocumentsTests {

    ApiDocumentationTests() {
        super(Topics.PARTNERSHIPS, EventTypes.PARTNERSHIP_UPSERTED);
    }

    @Test
    void everyResourceIsDocumented() {
        JsonNode docs = openApi();

        assertThat(docs.get("paths").propertyNames()).contains("/api/partnerships", "/api/partnerships/{id}",
                "/api/partnerships/{id}/history", "/api/partnerships/export.csv", "/api/partnerships/import",
                "/api/projects", "/api/projects/{id}/iati.xml", "/api/actors", "/api/actors/unconfirmed",
                "/api/contacts", "/api/contacts/{id}");
        assertThat(docs.at("/info/title").asString()).isEqualTo("GlobalLokal partnerships-service");
        assertThat(docs.at("/components/securitySchemes/staff-token/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/components/schemas/PartnershipInput/properties").propertyNames()).contains("partner",
                "kind", "since", "milestones");
    }

}
