/**
 * The public calendar's data: the events read model, events with organiser and partner
 * names resolved from the other read models, the open-data API and the sign-up gateway,
 * the one place where the public side calls a service.
 */
package de.globallokal.webui.events;
