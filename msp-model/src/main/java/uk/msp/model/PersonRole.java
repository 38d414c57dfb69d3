package uk.msp.model;

/** Legal or practical roles a person can hold for the adult, beside their relationship. */
public enum PersonRole implements Labelled {
    ATTORNEY_PROPERTY_AND_FINANCE("Attorney, property and financial affairs LPA"),
    ATTORNEY_HEALTH_AND_WELFARE("Attorney, health and welfare LPA"),
    DEPUTY("Court of Protection deputy"),
    APPOINTEE("DWP appointee"),
    UNPAID_CARER("Unpaid carer"),
    POSITION_OF_TRUST("Works or volunteers with adults or children (position of trust)");

    private final String label;

    PersonRole(String label) { this.label = label; }

    @Override public String label() { return label; }
}
