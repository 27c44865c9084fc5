/** The report page for staff. */
package de.globallokal.webui.reports.ui;
