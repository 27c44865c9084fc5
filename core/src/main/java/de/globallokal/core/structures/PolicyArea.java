package de.globallokal.core.structures;

/** What a resolution decides on or a body works for. */
public enum PolicyArea {

    DEVELOPMENT_POLICY, PARTNERSHIP, PROCUREMENT, FAIR_TRADE_TOWN

}
