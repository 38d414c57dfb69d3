package uk.msp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/VOCABULARY.md is generated from the vocabulary; this fails when it is stale. To refresh it, run the tests
 * with {@code -Dmsp.updateVocabulary=true}.
 */
class VocabularyDocTest {
    static final Path DOC = Path.of("../docs/VOCABULARY.md");

    @Test
    void vocabulary_doc_is_current() throws IOException {
        String expected = Sentences.vocabulary().markdown();
        String actual = Files.exists(DOC) ? Files.readString(DOC) : "";
        if (!expected.equals(actual) && Boolean.getBoolean("msp.updateVocabulary")) {
            Files.writeString(DOC, expected);
            return;
        }
        assertThat(actual).as("docs/VOCABULARY.md is stale: run ./mvnw -B verify -Dmsp.updateVocabulary=true")
                .isEqualTo(expected);
    }

    @Test
    void every_sentence_is_in_the_doc_under_its_heading() {
        String md = Sentences.vocabulary().markdown();
        assertThat(md).contains("## The adult\n\n| when | DRL |\n|---|---|\n| There is an adult | `$adult : Adult( )` |\n")
                .contains("| The action has no owner | `Action( this == $action, owner == null \\|\\| owner.isBlank() )` |")
                .contains("## The finding\n\n| then | DRL |\n|---|---|\n| Raise the finding | "
                        + "`Raise.finding(kcontext).becauseMatched().done();` |\n");
    }
}
