package uk.msp.model;

/** Who expressed something on the adult's behalf, or the adult themselves. */
public enum Voice implements Labelled {
    ADULT("The adult"),
    REPRESENTATIVE("A representative (attorney, deputy, appropriate individual)"),
    ADVOCATE("An advocate or IMCA"),
    RELATIVE("A relative"),
    CARER("A carer"),
    PROFESSIONAL("A professional");

    private final String label;

    Voice(String label) { this.label = label; }

    @Override public String label() { return label; }
}
