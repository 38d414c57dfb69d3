package uk.msp.model;

/** What can leave an adult unable to protect themselves (s.42(1)(c)) whatever their capacity. */
public enum ProtectionFactor implements Labelled {
    COERCION("Coercion or control"),
    FEAR("Fear of the person alleged"),
    DEPENDENCY("Dependency on the person alleged"),
    UNDUE_INFLUENCE("Undue influence"),
    ISOLATION("Isolation"),
    COGNITIVE_IMPAIRMENT("Cognitive impairment"),
    PHYSICAL_FRAILTY("Physical frailty");

    private final String label;

    ProtectionFactor(String label) { this.label = label; }

    @Override public String label() { return label; }
}
