package de.globallokal.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
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
        super(Topics.EVENTS, EventTypes.EVENT_UPSERTED);
    }

    @Test
    void everyResourceIsDocumented() {
        JsonNode docs = openApi();

        assertThat(docs.get("paths").propertyNames()).contains("/api/events", "/api/events/{id}",
                "/api/events/{id}/history", "/api/events/{id}/occurrences/{date}", "/api/events/{id}/registrations",
                "/api/events/{id}/registrations/export", "/api/events/{id}/registrations/{registrationId}/promote",
                "/api/registrations/cancel", "/api/registrations/claim", "/api/registrations/erasure", "/api/messages");
        assertThat(docs.at("/info/title").asString()).isEqualTo("GlobalLokal events-service");
        assertThat(docs.at("/components/schemas/EventInput/properties").propertyNames()).contains("title", "start",
                "recurrence", "registration");
    }

}
