package uk.msp.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.examples.cds.CdsCards;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;

/** {@code msp evaluate CASE.json}: prints the advice for one case. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate one case (JSON) and print the advice: grouped by principle, critical first, then the checklist.")
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json, cds_hooks }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "The case, in the JSON case format.")
    Path caseFile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (yyyy-MM-dd); default today.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or cds-hooks.",
            converter = FormatConverter.class)
    Format format = Format.text;

    @Option(names = "--deadline-ms", paramLabel = "MS", description = "Stop an evaluation that takes longer than this "
            + "(default ${DEFAULT-VALUE} ms); exit 3 naming the case and the rule.")
    long deadlineMs = MspAdvisor.DEFAULT_DEADLINE_MS;

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        SafeguardingCase c = CaseJson.read(caseFile);
        MspAdvisor advisor = advisorOptions.builder().deadline(EdgeBounds.deadline(deadlineMs)).build();
        Advice advice = advisor.evaluate(c, EdgeBounds.asOf(asOf, advisor));
        var out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(CaseJson.write(advice));
            case cds_hooks -> out.println(CdsCards.json(advice));
            default -> out.print(AdviceText.render(advice));
        }
        return ExitCodes.OK;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "text" -> Format.text;
                case "json" -> Format.json;
                case "cds-hooks" -> Format.cds_hooks;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "': expected text, json or cds-hooks");
            };
        }
    }
}
