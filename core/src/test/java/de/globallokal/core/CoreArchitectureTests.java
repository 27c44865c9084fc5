package de.globallokal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import de.globallokal.core.architecture.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

/**
 * core is the shared language: a plain library that knows no framework and no service.
 */
class CoreArchitectureTests extends ModuleArchitectureTests {

    CoreArchitectureTests() {
        super("de.globallokal.core");
    }

    @Test
    void dependsOnNoFrameworkAndNoService() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.apache.kafka..", "com.vaadin..",
                    "de.globallokal.partnerships..", "de.globallokal.events..", "de.globallokal.webui..",
                    "de.globallokal.support..")
            .check(classes);
    }

}
