package uk.msp.model;

/** Authorisation for a deprivation of liberty. */
public enum LibertyAuthorisation implements Labelled {
    NONE("None"),
    DOLS_APPLIED("DoLS applied for, not yet granted"),
    DOLS_GRANTED("DoLS authorisation granted"),
    COURT_OF_PROTECTION("Court of Protection order");

    private final String label;

    LibertyAuthorisation(String label) { this.label = label; }

    @Override public String label() { return label; }
}
