package de.globallokal.core.project;

/** Where a project or one of its measures stands. */
public enum ProjectStatus {

    PLANNED, RUNNING, PAUSED, COMPLETED, CANCELLED

}
