package de.globallokal.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import de.globallokal.core.architecture.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The events service's shape. */
class EventsArchitectureTests extends ModuleArchitectureTests {

    EventsArchitectureTests() {
        super("de.globallokal.events");
    }

    /** A controller is reached over HTTP only; nothing calls it in code. */
    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(classes);
    }

}
