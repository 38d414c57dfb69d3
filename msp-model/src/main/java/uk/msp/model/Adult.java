package uk.msp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The adult at risk. No name is needed or wanted.
 *
 * @param id the host's person id, required
 * @param dateOfBirth date of birth, if known
 * @param age age in years, where the date of birth is not recorded
 * @param careAndSupportNeeds whether the adult appears to have needs for care and support (met or not)
 * @param primarySupportReason SAC primary support reason
 * @param communicationNeeds communication needs recorded
 * @param communicationNeedsMet whether those needs are met for the MSP conversation
 * @param culturalNeeds cultural or faith needs, as short labels
 * @param seenAndSpokenTo whether a worker saw and spoke with the adult directly
 * @param seenAlone whether the adult was seen alone
 * @param seeingAloneUnsafe whether seeing the adult alone was judged unsafe (recorded reason not to)
 * @param accessObstructed whether access to the adult is controlled or obstructed by family or the person alleged
 * @param understandsAbuse whether the adult's understanding of what abuse is was checked and found (null: not checked)
 * @param understandsEnquiry whether the adult's understanding of what an enquiry is was checked (null: not checked)
 * @param capacity a host's general summary of the adult's capacity; it is not an assessment, and only MCA-01 reads it
 *                 (capacity is decided topic by topic: {@link SafeguardingCase#lacksCapacityFor(DecisionTopic)})
 * @param capacityDoubts recorded reasons to doubt capacity
 * @param fluctuatingCapacity whether capacity is recorded as fluctuating
 * @param needsSupportToTakePart whether the adult needs support to report or to take part
 * @param supportToTakePartProvided whether that support is recorded as provided
 * @param heardAnotherWay where seeing the adult alone is unsafe, how the adult's own voice was heard another way
 *     (for example by phone while at a day centre, at a GP appointment, or through an advocate); null means not
 *     recorded
 */
public record Adult(
        String id,
        LocalDate dateOfBirth,
        Integer age,
        Boolean careAndSupportNeeds,
        PrimarySupportReason primarySupportReason,
        List<CommunicationNeed> communicationNeeds,
        Boolean communicationNeedsMet,
        List<String> culturalNeeds,
        Boolean seenAndSpokenTo,
        Boolean seenAlone,
        Boolean seeingAloneUnsafe,
        Boolean accessObstructed,
        Boolean understandsAbuse,
        Boolean understandsEnquiry,
        CapacityView capacity,
        List<CapacityDoubt> capacityDoubts,
        Boolean fluctuatingCapacity,
        Boolean needsSupportToTakePart,
        Boolean supportToTakePartProvided,
        String heardAnotherWay) {

    public Adult {
        communicationNeeds = Lists.distinct(communicationNeeds);
        culturalNeeds = Lists.copy(culturalNeeds);
        capacityDoubts = Lists.distinct(capacityDoubts);
    }

    /** An adult with only an id recorded. */
    public static Adult withId(String id) {
        return new Adult(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
