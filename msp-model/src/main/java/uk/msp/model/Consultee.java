package uk.msp.model;

/** Who a best-interests decision-maker consulted (MCA s.4(7)). */
public enum Consultee implements Labelled {
    ADULT("The adult"),
    FAMILY("Family"),
    UNPAID_CARER("Unpaid carer"),
    FRIEND("Friend"),
    ATTORNEY("Attorney"),
    DEPUTY("Deputy"),
    ADVOCATE("Advocate or IMCA"),
    PROFESSIONAL("Professional");

    private final String label;

    Consultee(String label) { this.label = label; }

    @Override public String label() { return label; }
}
