package de.globallokal.partnerships;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.PublishedDocumentsTests;

/**
 * The OpenAPI document is open and names every resource; the AsyncAPI document is open
 * too.
 */
@IntegrationTest
class ApiDocumentationTests extends PublishedDocumentsTests {

    ApiDocumentationTests() {
        super(Topics.PARTNERSHIPS, EventTypes.PARTNERSHIP_UPSERTED, PartnershipInput.class, "/api/partnerships",
                "/api/partnerships/{id}", "/api/partnerships/{id}/history", "/api/partnerships/export.csv",
                "/api/partnerships/import", "/api/projects", "/api/projects/{id}/iati.xml", "/api/actors",
                "/api/actors/unconfirmed", "/api/contacts", "/api/contacts/{id}");
    }

}
