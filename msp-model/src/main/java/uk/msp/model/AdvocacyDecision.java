package uk.msp.model;

/** The recorded decision on whether independent advocacy is needed. */
public enum AdvocacyDecision implements Labelled {
    NEEDED("Advocacy needed"),
    NOT_NEEDED_APPROPRIATE_INDIVIDUAL("Not needed: an appropriate individual will support"),
    NOT_NEEDED_NO_DIFFICULTY("Not needed: no substantial difficulty"),
    ADULT_DECLINED("The adult declined an advocate");

    private final String label;

    AdvocacyDecision(String label) { this.label = label; }

    @Override public String label() { return label; }
}
