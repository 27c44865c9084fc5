/**
 * Fair procurement as the office shows it: the share bought with a credible label per
 * product group, department and year against the targets, and the state of the
 * Fairtrade-Town criteria with the evidence on file.
 */
package de.globallokal.webui.procurement;
