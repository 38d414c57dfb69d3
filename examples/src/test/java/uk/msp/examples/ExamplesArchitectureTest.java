package uk.msp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Examples use only the public API: no internals, no Drools. Dependencies run one way. */
class ExamplesArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.msp.examples");

    @Test
    void examples_use_only_the_public_api() {
        noClasses().that().resideInAPackage("uk.msp.examples..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.msp.rules.internal..", "org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void library_modules_do_not_depend_on_examples() {
        JavaClasses library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.msp.model", "uk.msp.rules");
        noClasses().that().resideInAnyPackage("uk.msp.model..", "uk.msp.rules..")
                .should().dependOnClassesThat().resideInAPackage("uk.msp.examples..").check(library);
        noClasses().that().resideInAnyPackage("uk.msp.model..")
                .should().dependOnClassesThat().resideInAPackage("uk.msp.rules..").check(library);
    }
}
