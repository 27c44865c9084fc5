package de.globallokal.core.actor;

/** What kind of organisation a local actor is. */
public enum ActorKind {

    ONE_WORLD_GROUP, MIGRANT_ORGANISATION, SCHOOL, CHURCH_GROUP, FAIR_TRADE_SHOP, ASSOCIATION, MUNICIPAL_UNIT

}
