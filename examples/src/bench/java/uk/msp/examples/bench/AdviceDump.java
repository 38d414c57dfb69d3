package uk.msp.examples.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import uk.msp.examples.generator.CaseGenerator;
import uk.msp.model.SafeguardingCase;
import uk.msp.rules.MspAdvisor;

/**
 * Writes the full advice ({@code toString}) for 2,000 generated cases (seed 7) to a file, for a byte-for-byte
 * comparison of two builds or two ways of building the rules: with no local rules, or with the local rules in
 * {@code --rules DIR}, compiled alone and joined to the precompiled model (the default) or all compiled together
 * ({@code --all-at-runtime}).
 *
 * <pre>java -cp examples/target/benchmarks.jar uk.msp.examples.bench.AdviceDump OUT [--rules DIR] [--all-at-runtime]</pre>
 */
public final class AdviceDump {
    private AdviceDump() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        MspAdvisor.Builder b = MspAdvisor.builder();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--rules")) b.localRules(Path.of(args[++i]));
            else if (args[i].equals("--all-at-runtime")) b.compileAtRuntime(true);
            else throw new IllegalArgumentException(args[i]);
        }
        MspAdvisor advisor = b.build();
        List<SafeguardingCase> cases = new CaseGenerator().generate(2000, 7);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (SafeguardingCase c : cases) w.println(advisor.evaluate(c, CaseGenerator.AS_OF).toString());
        }
    }
}
