package de.globallokal.webui.partnerships;

/** Published inside web-ui after a partnership change reached the read model. */
public record PartnershipChanged(String id, long version, boolean deleted) {
}
