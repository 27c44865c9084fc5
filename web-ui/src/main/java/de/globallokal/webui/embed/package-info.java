/**
 * The calendar for other sites: a small page of the next dates for a filter, without a
 * session or script, that partner associations and schools put in an iframe.
 */
package de.globallokal.webui.embed;
