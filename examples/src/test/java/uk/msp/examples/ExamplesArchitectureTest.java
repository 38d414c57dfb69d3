package uk.msp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Examples use only the public API: no internals, no Drools. Dependencies run one way. */
class ExamplesArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.msp.examples");

    static final ArchRule EXAMPLES_USE_ONLY_THE_PUBLIC_API = noClasses().that().resideInAPackage("uk.msp.examples..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.msp.rules.internal..", "org.kie..", "org.drools..")
            .because("the examples show a host what it can do with the public API alone");

    @Test
    void examples_use_only_the_public_api() {
        EXAMPLES_USE_ONLY_THE_PUBLIC_API.check(CLASSES);
    }

    @Test
    void the_worked_local_rules_import_only_the_public_drl_api() throws IOException {
        // The advisor refuses local DRL that names uk.msp.rules.internal (RuleSetIntegrityTest); the worked example a
        // council copies must not teach it either.
        List<String> drl;
        try (Stream<Path> files = Files.walk(Path.of("local-rules"))) {
            drl = files.filter(f -> f.toString().endsWith(".drl")).map(Path::toString).sorted().toList();
        }
        assertThat(drl).isNotEmpty();
        for (String file : drl) {
            List<String> imports = Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith("import ")).toList();
            assertThat(imports).as(file).noneMatch(l -> l.contains("uk.msp.rules.internal"))
                    .contains("import uk.msp.rules.drl.Raise;");
        }
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
