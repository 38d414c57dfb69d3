package uk.msp.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.examples.generator.CaseGenerator;

/** {@code msp generate}: synthetic cases as JSON lines, for trying the report and for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic (invented) safeguarding cases as JSON lines, one case a line. The same count and "
                + "seed give the same file. Every case is valid as of 2026-03-31 and later.")
final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", description = "How many cases (default ${DEFAULT-VALUE}).")
    int count = 200;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 2026;

    @Option(names = "--out", paramLabel = "FILE.jsonl", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite the --out file if it exists (without it, an existing file is refused).")
    boolean force;

    @Override
    public Integer call() {
        if (count < 0) throw new IllegalArgumentException("--count must not be negative: " + count);
        if (!force && Files.exists(out)) throw new IllegalArgumentException(out + " already exists; add --force to overwrite it");
        try {
            CaseGenerator.writeJsonLines(new CaseGenerator().generate(count, seed), out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("Wrote " + count + " synthetic cases (seed " + seed + ") to " + out);
        return ExitCodes.OK;
    }
}
