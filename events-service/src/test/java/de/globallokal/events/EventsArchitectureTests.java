package de.globallokal.events;

import de.globallokal.core.architecture.ModuleArchitectureTests;

/** The events service's shape. */
class EventsArchitectureTests extends ModuleArchitectureTests {

    EventsArchitectureTests() {
        super("de.globallokal.events");
    }
}
