package uk.msp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.msp.examples.cli.Catalogue;
import uk.msp.rules.MspAdvisor;

/**
 * The README's rule catalogue is generated from the rules; this fails when it is stale. To refresh it, run the
 * tests with {@code -Dmsp.updateCatalogue=true}.
 */
class ReadmeCatalogueTest {
    static final Path README = Path.of("../README.md");
    static final String START = "<!-- catalogue:start -->\n";
    static final String END = "<!-- catalogue:end -->";

    @Test
    void readme_catalogue_is_current() throws IOException {
        String readme = Files.readString(README);
        int s = readme.indexOf(START);
        int e = readme.indexOf(END);
        assertThat(s).as("catalogue markers in README").isPositive();
        String expected = Catalogue.markdown(MspAdvisor.builder().build().rules());
        String actual = readme.substring(s + START.length(), e);
        if (!expected.equals(actual) && Boolean.getBoolean("msp.updateCatalogue")) {
            Files.writeString(README, readme.substring(0, s + START.length()) + expected + readme.substring(e));
            return;
        }
        assertThat(actual).as("README catalogue is stale: run ./mvnw -B verify -Dmsp.updateCatalogue=true").isEqualTo(expected);
    }
}
