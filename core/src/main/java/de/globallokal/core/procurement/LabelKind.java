package de.globallokal.core.procurement;

/** What a label vouches for: the working conditions, the environment, or both. */
public enum LabelKind {

    SOCIAL, ECOLOGICAL, SOCIAL_AND_ECOLOGICAL

}
