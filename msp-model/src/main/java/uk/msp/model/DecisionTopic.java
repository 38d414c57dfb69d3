package uk.msp.model;

/**
 * What a decision is about. Capacity is decision-specific: the Mental Capacity Act 2005 asks whether a person lacks
 * capacity "in relation to a matter" at the material time (s.2(1)), so a capacity assessment, a decision the adult
 * made and a best-interests decision each name the matter they are about. The worker's own words stay in
 * {@code decision}; the topic is what the rules read.
 *
 * @since 0.2.0
 */
public enum DecisionTopic implements Labelled {
    /** Consenting to and taking part in the enquiry and the plan, and saying what outcomes they want. */
    TAKING_PART_IN_ENQUIRY("Taking part in the enquiry and the plan"),
    /** Whether information about them is shared. */
    SHARING_INFORMATION("Sharing information"),
    /** Where to live, including a discharge destination. */
    RESIDENCE("Where to live"),
    /** Care arrangements, medication and supervision: the deprivation-of-liberty question. */
    CARE_AND_TREATMENT("Care and treatment"),
    /** Whom to see. */
    CONTACT("Contact with others"),
    /** Property and financial affairs. */
    FINANCES("Property and finances"),
    /** Whether a person may support or represent them in the process (Care Act 2014 s.67(5)-(6)). */
    REPRESENTATION("Who supports or represents them"),
    /** Consent to a needs assessment (Care Act 2014 s.9, s.11). */
    NEEDS_ASSESSMENT("Consent to a needs assessment"),
    /** Any other matter; also what an assessment without a recorded topic is taken to be about. */
    OTHER("Another matter");

    private final String label;

    DecisionTopic(String label) { this.label = label; }

    @Override public String label() { return label; }
}
