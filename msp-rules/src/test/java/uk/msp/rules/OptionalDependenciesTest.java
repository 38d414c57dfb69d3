package uk.msp.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * JUnit, AssertJ and YAML are optional dependencies of msp-rules (its pom): an embedder that only evaluates does not
 * have them, so only the scenario support in {@code uk.msp.rules.testing} may use them.
 */
class OptionalDependenciesTest {
    static final ArchRule ONLY_SCENARIO_SUPPORT_USES_OPTIONAL_DEPENDENCIES = noClasses()
            .that().resideInAPackage("uk.msp..").and().resideOutsideOfPackage("uk.msp.rules.testing..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "org.yaml..",
                    "org.junit..", "org.assertj..", "org.opentest4j..")
            .because("they are optional dependencies of msp-rules: an embedder that only evaluates has none of them");

    @Test
    void only_scenario_support_uses_the_optional_dependencies() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.msp");
        ONLY_SCENARIO_SUPPORT_USES_OPTIONAL_DEPENDENCIES.check(classes);
    }
}
