package uk.msp.model;

/**
 * Kinds of action, roughly from least to most intrusive. The proportionality table says which risk level each needs.
 * Each kind names the {@link DecisionTopic} it engages: the matter on which the adult's capacity decides whether
 * the action needs their agreement or a best-interests decision. An action may state its own topic instead
 * ({@link Action#topic()}).
 *
 * <table>
 *   <caption>The topic each kind engages</caption>
 *   <tr><th>kind</th><th>topic</th></tr>
 *   <tr><td>information and advice, protection plan</td><td>taking part in the enquiry and the plan</td></tr>
 *   <tr><td>support to protect themselves, support service, monitoring, care plan change, restriction of
 *       liberty</td><td>care and treatment</td></tr>
 *   <tr><td>referral, sharing without consent</td><td>sharing information</td></tr>
 *   <tr><td>contact restriction</td><td>contact</td></tr>
 *   <tr><td>change of accommodation</td><td>residence</td></tr>
 *   <tr><td>action about the person alleged, court application</td><td>other (they do not ask the adult to
 *       decide anything)</td></tr>
 * </table>
 */
public enum ActionType implements Labelled {
    INFORMATION_AND_ADVICE("Information and advice", DecisionTopic.TAKING_PART_IN_ENQUIRY),
    SELF_PROTECTION_SUPPORT("Support to protect themselves in future", DecisionTopic.CARE_AND_TREATMENT),
    SUPPORT_SERVICE("Support service or therapy", DecisionTopic.CARE_AND_TREATMENT),
    MONITORING("Monitoring", DecisionTopic.CARE_AND_TREATMENT),
    CARE_PLAN_CHANGE("Change to the care plan", DecisionTopic.CARE_AND_TREATMENT),
    PROTECTION_PLAN("Protection plan", DecisionTopic.TAKING_PART_IN_ENQUIRY),
    REFERRAL("Referral to another agency", DecisionTopic.SHARING_INFORMATION),
    ACTION_AGAINST_PERSON_ALLEGED("Action about the person or organisation responsible", DecisionTopic.OTHER),
    CONTACT_RESTRICTION("Contact restriction", DecisionTopic.CONTACT),
    CHANGE_OF_ACCOMMODATION("Change of accommodation", DecisionTopic.RESIDENCE),
    SHARING_WITHOUT_CONSENT("Sharing information without consent", DecisionTopic.SHARING_INFORMATION),
    RESTRICTION_OF_LIBERTY("Restriction of liberty", DecisionTopic.CARE_AND_TREATMENT),
    COURT_APPLICATION("Court application", DecisionTopic.OTHER);

    private final String label;
    private final DecisionTopic topic;

    ActionType(String label, DecisionTopic topic) {
        this.label = label;
        this.topic = topic;
    }

    @Override public String label() { return label; }

    /** The matter this kind of action asks the adult to decide; never null. */
    public DecisionTopic topic() { return topic; }
}
