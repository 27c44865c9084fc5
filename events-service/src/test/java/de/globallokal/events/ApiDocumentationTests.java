package de.globallokal.events;

import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.PublishedDocumentsTests;

/**
 * The OpenAPI document is open and names every resource; the AsyncAPI document is open
 * too.
 */
@IntegrationTest
class ApiDocumentationTests extends PublishedDocumentsTests {

    ApiDocumentationTests() {
        super(Topics.EVENTS, EventTypes.EVENT_UPSERTED, EventInput.class, "/api/events", "/api/events/{id}",
                "/api/events/{id}/history", "/api/events/{id}/occurrences/{date}", "/api/events/{id}/registrations",
                "/api/events/{id}/registrations/export", "/api/events/{id}/registrations/{registrationId}/promote",
                "/api/registrations/cancel", "/api/registrations/claim", "/api/registrations/erasure", "/api/messages");
    }

}
