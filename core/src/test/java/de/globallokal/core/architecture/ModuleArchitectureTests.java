package de.globallokal.core.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every module's architecture test checks; a module's test extends this with its
 * root package and adds the rules of its own shape.
 */
// one instance for all its rules: importing a module's classes is the slow part
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureTests {

    protected final JavaClasses classes;

    private final String rootPackage;

    protected ModuleArchitectureTests(String rootPackage) {
        this.rootPackage = rootPackage;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage);
    }

    /**
     * Each top-level package is a slice (a feature, or shared wiring); none reaches back
     * to one that uses it.
     */
    @Test
    void itsPackagesDependOnEachOtherWithoutCycles() {
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void asksTheInjectedClockForTheTime() {
        ArchitectureRules.timeFromTheInjectedClock().check(classes);
    }

    @Test
    void writesSpreadsheetTablesThroughTheSafeWriter() {
        ArchitectureRules.spreadsheetsThroughTheSafeWriter().allowEmptyShould(true).check(classes);
    }

    @Test
    void namesNoTimeZoneInItsCode() {
        assertThat(ArchitectureRules.zoneLiterals(Path.of("src/main/java"))).isEmpty();
    }

}
