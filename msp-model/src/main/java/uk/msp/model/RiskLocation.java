package uk.msp.model;

/** SAC location of risk (SG2), verbatim labels. */
public enum RiskLocation implements Labelled {
    OWN_HOME("Own Home"),
    IN_THE_COMMUNITY("In the Community"),
    COMMUNITY_SERVICE("Community Service"),
    CARE_HOME_NURSING("Care Home - Nursing"),
    CARE_HOME_RESIDENTIAL("Care Home - Residential"),
    HOSPITAL_ACUTE("Hospital - Acute"),
    HOSPITAL_MENTAL_HEALTH("Hospital - Mental Health"),
    HOSPITAL_COMMUNITY("Hospital - Community"),
    OTHER("Other");

    private final String label;

    RiskLocation(String label) { this.label = label; }

    @Override public String label() { return label; }
}
