package uk.msp.model;

/** Grounds for sharing information without consent (SCIE good-practice guidance; not statute). */
public enum SharingGround implements Labelled {
    LACKS_CAPACITY("The adult lacks capacity for the decision"),
    OTHERS_AT_RISK("Others, including children, are or may be at risk"),
    PREVENT_CRIME("Sharing could prevent a crime"),
    ALLEGED_ABUSER_HAS_NEEDS("The person alleged has care and support needs and may be at risk"),
    SERIOUS_CRIME("A serious crime has been committed"),
    STAFF_IMPLICATED("Staff are implicated"),
    DURESS_OR_COERCION("The adult may be under duress or coerced"),
    MARAC_LEVEL_RISK("The risk is unreasonably high and meets MARAC criteria"),
    LEGAL_AUTHORITY("A court order or other legal authority"),
    EMERGENCY("An emergency: sharing with emergency services"),
    PUBLIC_INTEREST("Public interest outweighs confidentiality");

    private final String label;

    SharingGround(String label) { this.label = label; }

    @Override public String label() { return label; }
}
