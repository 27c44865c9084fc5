package de.globallokal.core.calendar;

/** What kind of event it is; the public calendar filters by it. */
public enum EventCategory {

    TALK, WORKSHOP, EXHIBITION, GLOBAL_LEARNING, FAIR_TRADE_MARKET, ENCOUNTER, FILM, FESTIVAL, MEETING

}
