package de.globallokal.core.partnership;

/**
 * Kinds of partnership; the first four follow the categories of the CEMR German section.
 */
public enum PartnershipKind {

    TOWN_TWINNING, FRIENDSHIP, CONTACT, PROJECT_PARTNERSHIP, CLIMATE_PARTNERSHIP

}
