package uk.msp.model;

/** Risk indicators observed: the signs that reviews find were missed. */
public enum RiskIndicator implements Labelled {
    THREATS_TO_KILL("Threats to kill"),
    WEAPONS("Weapons"),
    VIOLENCE("Violence used or threatened"),
    STRANGULATION("Strangulation or choking"),
    FIRE_RISK_SMOKING_WITH_CLUTTER("Fire risk: smoking with clutter"),
    FIRE_RISK_OXYGEN("Fire risk: home oxygen"),
    FIRE_RISK_OTHER("Fire risk: other"),
    HOARDING("Hoarding"),
    SQUALOR("Squalor"),
    SEVERE_FRAILTY("Severe frailty"),
    WEIGHT_LOSS_OR_MALNUTRITION("Weight loss or malnutrition"),
    PRESSURE_DAMAGE("Pressure damage"),
    SERIOUS_UNEXPLAINED_INJURY("Serious unexplained injury"),
    SUBSTANCE_MISUSE("Substance misuse"),
    MISSED_MEDICATION("Missed medication"),
    REFUSES_CARE("Refuses care or services");

    private final String label;

    RiskIndicator(String label) { this.label = label; }

    @Override public String label() { return label; }
}
