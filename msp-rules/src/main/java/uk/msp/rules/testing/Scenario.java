package uk.msp.rules.testing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.msp.model.SafeguardingCase;

/**
 * A policy scenario: a case, the date it is evaluated as of, and the findings expected and not expected; optionally a
 * second case, {@code clearedBy}, that shows the warnings going away once the record shows the response they ask for.
 *
 * @param name what the scenario shows, in words
 * @param source the file it came from
 * @param asOf the evaluation date
 * @param policy policy values to use instead of the defaults (same keys as a policy file); may be empty
 * @param safeguardingCase the case
 * @param fires codes that must be in the advice
 * @param doesNotFire codes that must not be in the advice
 * @param exactly when not null, the exact set of codes the advice must have
 * @param clearedBy when not null, the case with the file's {@code clearedBy} part merged in: every WARNING or
 *     CRITICAL code among {@code fires} (or only those in {@code clears}) must be silent on it, and no WARNING or
 *     CRITICAL that was silent on the case may fire on it
 * @param clears when not null, the codes {@code clearedBy} must clear, instead of every WARNING or CRITICAL code
 *     among {@code fires}
 * @since 0.1.0
 */
public record Scenario(String name, URI source, LocalDate asOf, Map<String, String> policy,
                       SafeguardingCase safeguardingCase, List<String> fires, List<String> doesNotFire,
                       List<String> exactly, SafeguardingCase clearedBy, List<String> clears) {
    public Scenario {
        policy = Map.copyOf(policy);
        fires = List.copyOf(fires);
        doesNotFire = List.copyOf(doesNotFire);
        exactly = exactly == null ? null : List.copyOf(exactly);
        clears = clears == null ? null : List.copyOf(clears);
    }

    /** A scenario without {@code clearedBy}. */
    public Scenario(String name, URI source, LocalDate asOf, Map<String, String> policy,
                    SafeguardingCase safeguardingCase, List<String> fires, List<String> doesNotFire,
                    List<String> exactly) {
        this(name, source, asOf, policy, safeguardingCase, fires, doesNotFire, exactly, null, null);
    }
}
