package uk.msp.model;

/**
 * Authorisation for a deprivation of liberty (Mental Capacity Act 2005 Sch A1; s.16 orders of the Court of
 * Protection). Whether one is in force on a date also depends on its dates: see
 * {@link LibertyRestriction#authorisedOn(java.time.LocalDate)}.
 */
public enum LibertyAuthorisation implements Labelled {
    /** None applied for. */
    NONE("None"),
    /** A standard authorisation requested, not yet granted: not an authorisation. */
    REQUESTED("Standard authorisation requested, not yet granted"),
    /** An urgent authorisation given by the managing authority: 7 days, extendable once to 14 (Sch A1 paras 76-85). */
    URGENT("Urgent authorisation"),
    /** A standard authorisation granted by the supervisory body. */
    STANDARD("Standard authorisation granted"),
    /** An order of the Court of Protection authorising the deprivation of liberty. */
    COURT_ORDER("Court of Protection order");

    private final String label;

    LibertyAuthorisation(String label) { this.label = label; }

    @Override public String label() { return label; }
}
