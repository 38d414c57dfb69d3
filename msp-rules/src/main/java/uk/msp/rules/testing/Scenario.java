package uk.msp.rules.testing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.msp.model.SafeguardingCase;

/**
 * A policy scenario: a case, the date it is evaluated as of, and the findings expected and not expected.
 *
 * @param name what the scenario shows, in words
 * @param source the file it came from
 * @param asOf the evaluation date
 * @param policy policy values to use instead of the defaults (same keys as a policy file); may be empty
 * @param safeguardingCase the case
 * @param fires codes that must be in the advice
 * @param doesNotFire codes that must not be in the advice
 * @param exactly when not null, the exact set of codes the advice must have
 * @since 0.1.0
 */
public record Scenario(String name, URI source, LocalDate asOf, Map<String, String> policy,
                       SafeguardingCase safeguardingCase, List<String> fires, List<String> doesNotFire,
                       List<String> exactly) {
    public Scenario {
        policy = Map.copyOf(policy);
        fires = List.copyOf(fires);
        doesNotFire = List.copyOf(doesNotFire);
        exactly = exactly == null ? null : List.copyOf(exactly);
    }
}
