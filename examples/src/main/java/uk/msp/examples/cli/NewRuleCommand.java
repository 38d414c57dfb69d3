package uk.msp.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code msp new-rule}: a skeleton local rule written in sentences, its wording keys and two scenarios (firing and
 * silent), for an analyst to fill in. The skeleton compiles and its scenarios pass as written, so the analyst starts
 * from a working rule and changes one thing at a time. Never overwrites a file.
 */
@Command(name = "new-rule", mixinStandardHelpOptions = true,
        description = "Write a skeleton local rule in sentences (CODE.dslr), its wording keys (added to messages.properties)"
                + " and two scenarios (scenarios/CODE-fires.yaml, scenarios/CODE-silent.yaml). Existing files are never"
                + " overwritten.")
final class NewRuleCommand implements Callable<Integer> {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*-\\d{2,}");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The new rule's code, such as ANY-03.")
    String code;

    @Option(names = "--dir", paramLabel = "DIR", description = "The local rules folder (default: the current folder).")
    Path dir = Path.of(".");

    @Override
    public Integer call() throws IOException {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a rule code: letters, a hyphen and two or more digits, such as ANY-03");
        }
        String base = code.toLowerCase(Locale.ROOT);
        Path rule = dir.resolve(base + ".dslr");
        Path fires = dir.resolve("scenarios").resolve(base + "-fires.yaml");
        Path silent = dir.resolve("scenarios").resolve(base + "-silent.yaml");
        Path wording = dir.resolve("messages.properties");
        for (Path p : List.of(rule, fires, silent)) {
            if (Files.exists(p)) throw new IllegalArgumentException(p + " already exists; new-rule never overwrites a file");
        }
        String existing = Files.exists(wording) ? Files.readString(wording, StandardCharsets.UTF_8) : "";
        if (Pattern.compile("(?m)^\\s*" + Pattern.quote(code) + "\\.").matcher(existing).find()) {
            throw new IllegalArgumentException(wording + " already has wording for " + code + "; new-rule never overwrites it");
        }
        Files.createDirectories(fires.getParent());
        Files.writeString(rule, rule(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        Files.writeString(fires, scenario("fires", "92", "", "fires: [" + code + "]"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        Files.writeString(silent, scenario("silent", "92",
                "  advocacy: {decision: NEEDED, advocates: [{basis: CARE_ACT, status: ARRANGED}]}\n",
                "doesNotFire: [" + code + "]"), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        String prefix = existing.isEmpty() || existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n";
        Files.writeString(wording, prefix + wording(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        var out = spec.commandLine().getOut();
        out.println("Wrote " + rule + ", " + fires + " and " + silent + "; added " + code + "'s wording to " + wording);
        out.println("Next: write the rule's sentences (docs/VOCABULARY.md), its wording and the two cases, then run");
        out.println("  msp check-rules " + dir + " && msp scenarios " + dir.resolve("scenarios") + " --rules " + dir);
        return ExitCodes.OK;
    }

    private String rule() {
        return """
                // %1$s: say here, in one to three lines of policy language, what this rule asks of the worker and why.
                // Write the conditions in the sentences of docs/VOCABULARY.md, one a line; these are an example to replace.
                package uk.local.rules;

                import uk.msp.model.*;
                import uk.msp.rules.facts.*;
                import uk.msp.rules.drl.*;

                rule "%1$s describe the rule in a few words"
                    @code("%1$s") @principle("EMPOWERMENT") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    The case is not closed
                    There is an adult
                    The adult is aged 90 or over
                    No advocate is recorded
                then
                    Raise the finding
                end
                """.formatted(code);
    }

    private String scenario(String kind, String age, String extra, String expect) {
        return """
                name: %1$s %2$s (replace with a case the rule must %3$s)
                asOf: 2026-03-02
                case:
                  id: SC-%1$s-%4$s
                  stage: ENQUIRY
                  adult: {id: P-1, age: %5$s}
                %6$s%7$s
                """.formatted(code, kind, kind.equals("fires") ? "fire for" : "stay silent for",
                kind.toUpperCase(Locale.ROOT), age, extra, expect);
    }

    private String wording() {
        return """
                %1$s.summary=Say in one sentence of at most 140 characters what the worker should consider.
                %1$s.detail=Say why, in the words of your procedure.\\n\\n**What to do:** say what to do.
                %1$s.cite.1=LOCAL_POLICY|Your procedure, with its section number
                %1$s.action.1=The first thing to do
                %1$s.override.1=Why a worker may set this prompt aside
                """.formatted(code);
    }
}
