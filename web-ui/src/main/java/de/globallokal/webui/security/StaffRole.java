package de.globallokal.webui.security;

/** What a staff member may do; ADMIN includes everything EDITOR may. */
public enum StaffRole {

    EDITOR, ADMIN

}
