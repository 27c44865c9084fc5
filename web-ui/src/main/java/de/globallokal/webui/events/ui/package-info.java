/**
 * The public calendar: the list with filters, one event with its sign-up form, the
 * registrant's own link.
 */
package de.globallokal.webui.events.ui;
