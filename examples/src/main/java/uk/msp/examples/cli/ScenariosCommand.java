package uk.msp.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.testing.ScenarioResult;
import uk.msp.rules.testing.Scenarios;

/** {@code msp scenarios DIR}: runs a folder of YAML scenarios, for analysts without an IDE. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Run a folder of YAML policy scenarios and report each one; exit 1 if any fails.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of .yaml scenario files (searched recursively).")
    Path folder;

    @Option(names = "--coverage", description = "Also list rules no scenario shows firing, or shows silent.")
    boolean coverage;

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        List<ScenarioResult> results = Scenarios.run(Scenarios.load(folder), advisorOptions::builder);
        int failed = 0;
        for (ScenarioResult r : results) {
            out.println((r.passed() ? "PASS  " : "FAIL  ") + folder.toUri().relativize(r.scenario().source()) + "  " + r.scenario().name());
            for (String f : r.failures()) out.println("        " + f);
            if (!r.passed()) failed++;
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        int code = failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        if (coverage) {
            MspAdvisor advisor = advisorOptions.builder().build();
            Map<String, Set<String>> gaps = Scenarios.coverage(results, advisor.rules());
            out.println("Rules never shown firing: " + (gaps.get("neverFired").isEmpty() ? "none" : gaps.get("neverFired")));
            out.println("Rules never shown silent: " + (gaps.get("neverShownSilent").isEmpty() ? "none" : gaps.get("neverShownSilent")));
        }
        return code;
    }
}
