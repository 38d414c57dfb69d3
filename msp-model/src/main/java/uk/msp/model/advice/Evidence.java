package uk.msp.model.advice;

import java.util.Objects;

/**
 * A case fact that triggered a finding.
 *
 * @param path where the fact is in the case, e.g. {@code capacityAssessments[0].reasons}; never null
 * @param value the fact's value as text, e.g. {@code [UNWISE_DECISION]}; never null ("null" when not recorded)
 */
public record Evidence(String path, String value) implements Comparable<Evidence> {
    public Evidence {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }

    @Override
    public int compareTo(Evidence o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return path + " = " + value;
    }
}
