/**
 * The staff dashboard in {@code ui}: figures from the read models and the live feed of
 * changes.
 */
package de.globallokal.webui.dashboard;
