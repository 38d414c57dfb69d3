package uk.msp.rules.internal;

import java.util.List;

/** The rules cannot be built; the front door turns this into a {@code RuleSetException} with the same faults. */
public final class RulesRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Fault> faults;

    RulesRejected(List<Fault> faults) {
        super(faults.size() + " faults in the rules", null, false, false);
        this.faults = List.copyOf(faults);
    }

    /** Every fault found, in the order found; never empty. */
    public List<Fault> faults() { return faults; }
}
