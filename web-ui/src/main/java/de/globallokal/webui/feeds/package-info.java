/** Calendar feeds: iCalendar (RFC 5545) for calendar apps and Atom for feed readers. */
package de.globallokal.webui.feeds;
