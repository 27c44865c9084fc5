package de.globallokal.support.projection;

/**
 * Published inside the application after a change reached a read model (e.g. for live
 * views).
 */
public record ReadModelChanged(String aggregateType, String id, long version, boolean deleted) {
}
