package uk.msp.model;

/** A value with the label the Safeguarding Adults Collection (or practice) uses for it. */
public interface Labelled {
    /** The human-readable label, verbatim from the SAC where the SAC has the value; never null. */
    String label();
}
