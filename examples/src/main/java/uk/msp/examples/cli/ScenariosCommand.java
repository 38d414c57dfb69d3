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
import uk.msp.rules.RuleInfo;
import uk.msp.rules.testing.ScenarioResult;
import uk.msp.rules.testing.Scenarios;

/** {@code msp scenarios DIR}: runs a folder of YAML scenarios, for analysts without an IDE. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Run a folder of YAML policy scenarios and report each one; exit 1 if any fails "
                + "(or, with --coverage, if any rule is not covered).")
final class ScenariosCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of .yaml scenario files (searched recursively).")
    Path folder;

    @Option(names = "--coverage", description = "Also list rules no scenario shows firing, shows silent, or (warnings "
            + "and criticals) shows cleared by a clearedBy record; exit 1 if any. With --rules, only the local rules.")
    boolean coverage;

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        List<ScenarioResult> results = Scenarios.runFolder(folder, advisorOptions::builder);
        int failed = 0;
        for (ScenarioResult r : results) {
            String name = r.scenario() == null ? "(cannot be read)" : r.scenario().name();
            out.println((r.passed() ? "PASS  " : "FAIL  ") + folder.toUri().relativize(r.source()) + "  " + name);
            if (!r.passed()) {
                out.println(Scenarios.describe(r).indent(6).stripTrailing());
                failed++;
            }
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        int code = failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        if (coverage) {
            MspAdvisor advisor = advisorOptions.builder().build();
            List<RuleInfo> rules = advisorOptions.rules == null ? advisor.rules()
                    : advisor.rules().stream().filter(RuleInfo::local).toList();
            Map<String, Set<String>> gaps = Scenarios.coverage(results, rules);
            out.println("Coverage of " + (advisorOptions.rules == null ? "every rule" : "the local rules") + ":");
            out.println("Rules never shown firing: " + listed(gaps.get("neverFired")));
            out.println("Rules never shown silent: " + listed(gaps.get("neverShownSilent")));
            out.println("Warnings never shown cleared: " + listed(gaps.get("neverShownCleared")));
            if (gaps.values().stream().anyMatch(g -> !g.isEmpty())) code = ExitCodes.FAILED;
        }
        return code;
    }

    private static String listed(Set<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }
}
