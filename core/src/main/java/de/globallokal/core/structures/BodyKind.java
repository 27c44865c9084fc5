package de.globallokal.core.structures;

/** The kinds of body that carry the work. */
public enum BodyKind {

    STEERING_GROUP, ADVISORY_COUNCIL, WORKING_GROUP, COUNCIL_COMMITTEE

}
