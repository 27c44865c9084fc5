package de.globallokal.core.actor;

/**
 * What an actor does for fair trade, as the Fairtrade-Town campaign counts it: shops sell
 * fair products, cafés and restaurants serve them, schools, churches and clubs use them
 * and teach about them.
 */
public enum FairTradeRole {

    SELLS, SERVES, USES_AND_TEACHES

}
