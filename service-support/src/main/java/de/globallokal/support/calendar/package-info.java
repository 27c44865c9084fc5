/**
 * Calendar files (iCalendar, RFC 5545) written the same way by the public feed and by the
 * messages to registrants, so a calendar app that took a date from either updates it from
 * the other.
 */
package de.globallokal.support.calendar;
