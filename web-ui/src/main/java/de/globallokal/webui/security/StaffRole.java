package de.globallokal.webui.security;

import java.util.Collection;

/**
 * What a staff member may do; ADMIN includes everything EDITOR may. PARTNER is a partner
 * municipality's colleague: they report on the programme of one partnership and see
 * nothing else of the staff area.
 */
public enum StaffRole {

    EDITOR, ADMIN, PARTNER;

    /** Whether these roles are a partner town's colleague's and no office staff's. */
    public static boolean partnerOnly(Collection<StaffRole> roles) {
        return roles.contains(PARTNER) && !roles.contains(EDITOR);
    }

}
