package de.globallokal.webui.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import de.globallokal.core.architecture.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

/** Views read read models; they never touch the database, Kafka or another service directly. */
class WebUiArchitectureTests extends ModuleArchitectureTests {

    WebUiArchitectureTests() {
        super("de.globallokal.webui");
    }

    @Test
    void viewsReadOnlyReadModels() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "org.springframework.kafka..", "org.springframework.web.client..")
                .check(classes);
    }

    @Test
    void readModelsAreFedOnlyFromEvents() {
        noClasses().that().resideInAnyPackage("..partnerships", "..contacts", "..projection")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..",
                        "java.net.http..")
                .check(classes);
    }
}
