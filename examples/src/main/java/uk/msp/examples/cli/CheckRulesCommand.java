package uk.msp.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.RuleInfo;

/** {@code msp check-rules DIR}: compiles a folder of local rules with the bundled ones and reports. */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = "Compile a folder of local DRL rules with the bundled ones: list the rules found, or every problem with file and line (exit 2).")
final class CheckRulesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of local .drl files and messages.properties.")
    Path folder;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        MspAdvisor advisor = MspAdvisor.builder().localRules(folder).build();
        long local = advisor.rules().stream().filter(RuleInfo::local).count();
        out.println("OK: " + local + " local rule" + (local == 1 ? "" : "s") + " compiled with "
                + (advisor.rules().size() - local) + " bundled rules; rule-set version " + advisor.version());
        for (RuleInfo r : advisor.rules()) {
            if (r.local()) out.println("  " + r.code() + "  " + r.severity() + "  " + r.principle().label() + "  " + r.file() + "  " + r.summary());
        }
        return ExitCodes.OK;
    }
}
