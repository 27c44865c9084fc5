/**
 * The public calendar as carried in {@code event.*.v1} events: an event with its
 * occurrences and seat counts. Registrants' personal data never appears here.
 */
package de.globallokal.core.calendar;
