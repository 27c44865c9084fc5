package de.globallokal.support.divergence;

/** Where one aggregate stands: the version last written, and whether it is deleted. */
public record AggregateVersion(String id, long version, boolean deleted) {
}
