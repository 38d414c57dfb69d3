package uk.msp.model;

/** Communication needs recorded for the adult. */
public enum CommunicationNeed implements Labelled {
    INTERPRETER("Spoken-language interpreter"),
    BSL("British Sign Language"),
    EASY_READ("Easy read"),
    COMMUNICATION_AIDS("Communication aids"),
    HEARING_SUPPORT("Hearing support"),
    VISUAL_SUPPORT("Visual support"),
    SPEECH_SUPPORT("Speech and language support"),
    OTHER("Other");

    private final String label;

    CommunicationNeed(String label) { this.label = label; }

    @Override public String label() { return label; }
}
