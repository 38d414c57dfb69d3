package uk.msp.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.rules.RuleInfo;

/** {@code msp catalogue}: prints every rule with its code, principle, severity, summary and citations. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Print the rule catalogue (code, principle, severity, status, since, summary, citations).")
final class CatalogueCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "markdown (default) or csv.")
    String format = "markdown";

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        if (!format.equals("markdown") && !format.equals("csv")) {
            throw new IllegalArgumentException("unknown format '" + format + "': expected markdown or csv");
        }
        List<RuleInfo> rules = advisorOptions.builder().build().rules();
        spec.commandLine().getOut().print(format.equals("csv") ? Catalogue.csv(rules) : Catalogue.markdown(rules));
        return ExitCodes.OK;
    }
}
