/**
 * From topics to read models: versioned read-model collections, the projector of each
 * topic, rebuilds from offset 0, and the in-process notice that a read model changed.
 */
package de.globallokal.webui.projection;
