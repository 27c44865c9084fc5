/**
 * events-service: owns events, series and registrations; personal data never leaves it.
 */
package de.globallokal.events;
