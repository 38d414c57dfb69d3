package uk.msp.model;

/** Categories of desired outcomes, from practice. */
public enum OutcomeCategory implements Labelled {
    FEEL_SAFER("Feel safer"),
    NO_FURTHER_CONTACT("No further contact with the person or provider"),
    STOP_THE_ABUSE("Stop the abuse"),
    PERSON_TO_STAY_AWAY("The person to stay away"),
    CHANGE_TO_CARE_PLAN("Change to the care plan"),
    HELP_TO_PROTECT_SELF("Help to protect themselves in future"),
    FEEL_MORE_CONFIDENT("Feel more confident"),
    BE_INVOLVED("Be involved in what happens next"),
    BE_TOLD_FINDINGS("Be told the findings"),
    KNOW_WHERE_TO_GET_HELP("Know where to get help"),
    APOLOGY("An apology"),
    ACCESS_TO_JUSTICE("Access to justice or police prosecution"),
    ASSURANCE_NOT_AGAIN("Assurance it won't happen again to them or others"),
    OPG_INVESTIGATION("An OPG investigation"),
    REPORT_TO_REGULATOR("The person reported to their professional regulator"),
    ACCESS_TO_SUPPORT("Access to support"),
    MAKE_MORE_FRIENDS("Make more friends"),
    KEEP_RELATIONSHIP("Keep a relationship"),
    NONE_SATISFIED("None: satisfied as things are"),
    OTHER("Other");

    private final String label;

    OutcomeCategory(String label) { this.label = label; }

    @Override public String label() { return label; }
}
