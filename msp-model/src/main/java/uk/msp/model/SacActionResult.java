package uk.msp.model;

/** SAC SG2c action and result, verbatim labels. */
public enum SacActionResult implements Labelled {
    RISK_IDENTIFIED_ACTION_TAKEN("Risk identified and action taken"),
    RISK_IDENTIFIED_NO_ACTION_TAKEN("Risk identified and no action taken"),
    INCONCLUSIVE_ACTION_TAKEN("Risk Assessment inconclusive and action taken"),
    INCONCLUSIVE_NO_ACTION_TAKEN("Risk Assessment inconclusive and no action taken"),
    NO_RISK_ACTION_TAKEN("No risk identified and action taken"),
    NO_RISK_NO_ACTION_TAKEN("No risk identified and no action taken"),
    CEASED_AT_INDIVIDUALS_REQUEST("Enquiry ceased at individual's request and no action taken");

    private final String label;

    SacActionResult(String label) { this.label = label; }

    @Override public String label() { return label; }
}
