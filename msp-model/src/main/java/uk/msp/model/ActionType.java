package uk.msp.model;

/** Kinds of action, roughly from least to most intrusive. The proportionality table says which risk level each needs. */
public enum ActionType implements Labelled {
    INFORMATION_AND_ADVICE("Information and advice"),
    SELF_PROTECTION_SUPPORT("Support to protect themselves in future"),
    SUPPORT_SERVICE("Support service or therapy"),
    MONITORING("Monitoring"),
    CARE_PLAN_CHANGE("Change to the care plan"),
    PROTECTION_PLAN("Protection plan"),
    REFERRAL("Referral to another agency"),
    ACTION_AGAINST_PERSON_ALLEGED("Action about the person or organisation responsible"),
    CONTACT_RESTRICTION("Contact restriction"),
    CHANGE_OF_ACCOMMODATION("Change of accommodation"),
    SHARING_WITHOUT_CONSENT("Sharing information without consent"),
    RESTRICTION_OF_LIBERTY("Restriction of liberty"),
    COURT_APPLICATION("Court application");

    private final String label;

    ActionType(String label) { this.label = label; }

    @Override public String label() { return label; }
}
