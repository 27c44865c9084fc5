/**
 * The editors' shared parts: forms over JSON documents, saving with conflicts explained,
 * history.
 */
package de.globallokal.webui.editing.ui;
