package de.globallokal.webui.projection;

/** Published inside web-ui after a change reached a read model (for live views). */
public record ReadModelChanged(String aggregateType, String id, long version, boolean deleted) {
}
