/**
 * The public calendar's API: events as open data, and the sign-up gateway, the one place
 * where the public side calls a service (with its rate limit). Calendar, event pages,
 * sign-up forms and the staff editor are in {@code ui}.
 */
package de.globallokal.webui.events;
