/** The legal notice, privacy and accessibility pages. */
package de.globallokal.webui.site.ui;
