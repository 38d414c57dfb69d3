package uk.msp.rules.facts;

import uk.msp.model.Labelled;

/**
 * Derived: the adult is the subject of a process for which Care Act 2014 s.68 can require an independent advocate:
 * an s.42 enquiry (decided on or under way) or a Safeguarding Adults Review under s.44 that the adult can take part
 * in. One fact per process.
 *
 * @param process which process; never null
 * @since 0.1.0
 */
public record Section68Process(Process process) {

    /** The processes s.68 covers. */
    public enum Process implements Labelled {
        /** An enquiry under Care Act 2014 s.42. */
        S42_ENQUIRY("s.42 enquiry"),
        /** A Safeguarding Adults Review under Care Act 2014 s.44. */
        SAR("Safeguarding Adults Review");

        private final String label;

        Process(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
