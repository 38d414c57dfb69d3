package uk.msp.model;

/** The 11 SAC types of risk (SG2), verbatim labels. */
public enum RiskType implements Labelled {
    PHYSICAL_ABUSE("Physical Abuse"),
    SEXUAL_ABUSE("Sexual Abuse"),
    PSYCHOLOGICAL_ABUSE("Psychological Abuse"),
    FINANCIAL_OR_MATERIAL_ABUSE("Financial or Material Abuse"),
    DISCRIMINATORY_ABUSE("Discriminatory Abuse"),
    ORGANISATIONAL_ABUSE("Organisational Abuse"),
    NEGLECT_AND_ACTS_OF_OMISSION("Neglect and Acts of Omission"),
    DOMESTIC_ABUSE("Domestic Abuse"),
    SEXUAL_EXPLOITATION("Sexual Exploitation"),
    MODERN_SLAVERY("Modern Slavery"),
    SELF_NEGLECT("Self-Neglect");

    private final String label;

    RiskType(String label) { this.label = label; }

    @Override public String label() { return label; }
}
