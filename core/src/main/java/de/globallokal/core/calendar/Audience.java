package de.globallokal.core.calendar;

/** Whom an event is meant for. */
public enum Audience {

    EVERYONE, CHILDREN, YOUTH, FAMILIES, SCHOOLS, ADULTS, SENIORS, PROFESSIONALS

}
