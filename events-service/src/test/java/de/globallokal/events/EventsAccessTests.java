package de.globallokal.events;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.ServiceAccessTests;

@IntegrationTest
class EventsAccessTests extends ServiceAccessTests {

    EventsAccessTests() {
        super("/api/events");
    }

}
