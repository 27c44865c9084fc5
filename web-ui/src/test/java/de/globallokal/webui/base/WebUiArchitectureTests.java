package de.globallokal.webui.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Views read read models; they never touch the database, Kafka or another service directly. */
class WebUiArchitectureTests {

    private final JavaClasses webUi = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.globallokal.webui");

    @Test
    void viewsReadOnlyReadModels() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "org.springframework.kafka..", "org.springframework.web.client..")
                .check(webUi);
    }

    @Test
    void readModelsAreFedOnlyFromEvents() {
        noClasses().that().resideInAnyPackage("..partnerships", "..contacts", "..projection")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..",
                        "java.net.http..")
                .check(webUi);
    }
}
