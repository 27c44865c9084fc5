package de.globallokal.support.projection;

/**
 * Published inside the application after a change reached a read model (e.g. for live
 * views).
 *
 * @param traceparent the trace of the request that made the change, if it had one
 */
public record ReadModelChanged(String aggregateType, String id, long version, boolean deleted, String traceparent) {
}
