/**
 * The staff dashboard: key figures and charts of the office's week, from the read models.
 */
package de.globallokal.webui.dashboard.ui;
