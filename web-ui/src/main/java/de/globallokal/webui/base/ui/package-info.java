/** Shared layout and small components of the web UI. */
package de.globallokal.webui.base.ui;
