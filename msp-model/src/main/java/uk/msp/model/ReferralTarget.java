package uk.msp.model;

/** Agencies a case can be referred to. */
public enum ReferralTarget implements Labelled {
    EMERGENCY_SERVICES("Emergency services (999)"),
    POLICE("Police"),
    MARAC("MARAC"),
    IDVA("IDVA"),
    NRM("National Referral Mechanism"),
    DUTY_TO_NOTIFY("Home Office duty to notify (anonymous)"),
    CQC("Care Quality Commission"),
    COMMISSIONERS("Commissioners"),
    OPG("Office of the Public Guardian"),
    DBS("Disclosure and Barring Service"),
    PROFESSIONAL_REGULATOR("Professional regulator"),
    PIPOT_EMPLOYER("Employer, under the PiPoT process"),
    CHILDRENS_SERVICES("Children's services"),
    FIRE_SERVICE("Fire service home fire safety check"),
    DWP("DWP (appointee concerns)"),
    SAFEGUARDING_ADULTS_BOARD("Safeguarding Adults Board (SAR referral)"),
    ADULT_SAFEGUARDING("Adult safeguarding concern raised for another adult at risk"),
    SPECIALIST_SUPPORT("Specialist support service (hate crime, sexual violence or exploitation)"),
    OTHER("Other");

    private final String label;

    ReferralTarget(String label) { this.label = label; }

    @Override public String label() { return label; }
}
