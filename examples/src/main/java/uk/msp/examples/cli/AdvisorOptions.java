package uk.msp.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import uk.msp.rules.MspAdvisor;

/** Options every command that builds an advisor shares: local rules, policy file, rules switched off. */
final class AdvisorOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of local DRL rules (and messages.properties) to run beside the bundled ones.")
    Path rules;

    @Option(names = "--policy", paramLabel = "FILE", description = "Properties file of local policy values (days, thresholds, proportionality table).")
    Path policy;

    @Option(names = "--switch-off", paramLabel = "CODE", split = ",", description = "Bundled rule codes to switch off (shown on every advice).")
    List<String> switchOff = new ArrayList<>();

    MspAdvisor.Builder builder() {
        MspAdvisor.Builder b = MspAdvisor.builder();
        if (rules != null) b.localRules(rules);
        if (policy != null) b.policyFile(policy);
        if (!switchOff.isEmpty()) b.switchOff(switchOff.toArray(String[]::new));
        return b;
    }
}
