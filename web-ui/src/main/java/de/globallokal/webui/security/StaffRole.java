package de.globallokal.webui.security;

/**
 * What a staff member may do; ADMIN includes everything EDITOR may. PARTNER is a partner
 * municipality's colleague: they report on the programme of one partnership and see
 * nothing else of the staff area.
 */
public enum StaffRole {

    EDITOR, ADMIN, PARTNER

}
