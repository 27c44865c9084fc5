package de.globallokal.webui.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import de.globallokal.core.architecture.ModuleArchitectureTests;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Views read read models; they never touch the database, Kafka or another service
 * directly.
 */
class WebUiArchitectureTests extends ModuleArchitectureTests {

    WebUiArchitectureTests() {
        super("de.globallokal.webui");
    }

    /**
     * What every feature may use; a feature is any other top-level package (partnerships,
     * events, sdgs …).
     */
    private static final Set<String> SHARED = Set.of("base", "projection", "editing", "security", "site", "files");

    @Test
    void featuresReachEachOtherOnlyThroughTheSharedPackages() {
        slices().matching("de.globallokal.webui.(*)..")
            .that(DescribedPredicate.describe("are features", slice -> !SHARED.contains(slice.getNamePart(1))))
            .should()
            .notDependOnEachOther()
            .check(classes);
    }

    @Test
    void viewsReadOnlyReadModels() {
        noClasses().that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "org.springframework.web.client..")
            .check(classes);
    }

    @Test
    void readModelsAreFedOnlyFromEvents() {
        noClasses().that()
            .resideInAnyPackage("..partnerships", "..contacts", "..projection")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
            .check(classes);
    }

}
