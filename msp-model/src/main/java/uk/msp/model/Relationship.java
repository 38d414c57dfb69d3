package uk.msp.model;

/** How a person is related to the adult. */
public enum Relationship implements Labelled {
    FAMILY("Family member"),
    PARTNER("Partner or spouse"),
    FORMER_PARTNER("Former partner"),
    FRIEND("Friend"),
    NEIGHBOUR("Neighbour"),
    PAID_CARER("Paid carer"),
    PROVIDER("Care provider or its staff"),
    PROFESSIONAL("Professional (GP, social worker, nurse ...)"),
    VOLUNTEER("Volunteer"),
    STRANGER("Stranger"),
    OTHER("Other");

    private final String label;

    Relationship(String label) { this.label = label; }

    @Override public String label() { return label; }
}
