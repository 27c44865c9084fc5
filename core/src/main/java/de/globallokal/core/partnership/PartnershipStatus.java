package de.globallokal.core.partnership;

/** Where a partnership stands; anything but ACTIVE usually comes with a reason. */
public enum PartnershipStatus {

    ACTIVE, DORMANT, SUSPENDED, ENDED

}
