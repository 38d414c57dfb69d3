package uk.msp.model;

/** Steps taken to help the adult decide (MCA s.1(3), s.3(2)). */
public enum PracticableStep implements Labelled {
    CHOSE_BEST_TIME("Chose the best time and place"),
    COMMUNICATION_AIDS("Communication aids"),
    INTERPRETER("Interpreter or BSL"),
    SUPPORTER_PRESENT("A supporter present"),
    ACCESSIBLE_INFORMATION("Accessible or easy-read information"),
    REPEATED_EXPLANATION("Explained more than once, in different ways"),
    TREATED_UNDERLYING_CAUSE("Treated a temporary cause first"),
    OTHER("Other");

    private final String label;

    PracticableStep(String label) { this.label = label; }

    @Override public String label() { return label; }
}
