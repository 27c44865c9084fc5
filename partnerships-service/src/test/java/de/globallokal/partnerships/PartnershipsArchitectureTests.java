package de.globallokal.partnerships;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import de.globallokal.core.architecture.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The partnerships service's shape. */
class PartnershipsArchitectureTests extends ModuleArchitectureTests {

    PartnershipsArchitectureTests() {
        super("de.globallokal.partnerships");
    }

    /** A controller is reached over HTTP only; nothing calls it in code. */
    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(classes);
    }

}
