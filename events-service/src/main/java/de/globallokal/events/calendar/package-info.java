/**
 * Events and series: the API, the rules of a valid event, occurrences from RRULEs,
 * publication on time.
 */
package de.globallokal.events.calendar;
