package de.globallokal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core is the shared language: a plain library that knows no framework and no service. */
class CoreArchitectureTests {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.globallokal.core");

    @Test
    void dependsOnNoFrameworkAndNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                "org.apache.kafka..", "com.vaadin..", "de.globallokal.partnerships..", "de.globallokal.events..",
                "de.globallokal.webui..", "de.globallokal.support..")
                .check(core);
    }
}
