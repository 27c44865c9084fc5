/**
 * Reports for funders, worked out from the read models: events and anonymised participant
 * counts, school sessions, actors reached, per goal and per partner, and the projects'
 * funding and measures — as a page, CSV and PDF. No personal data goes into a report.
 */
package de.globallokal.webui.reports;
