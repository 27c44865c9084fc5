/**
 * events-service's replica of the partnerships topic, to check that an event's related
 * partnerships exist and to show their names; never written but by the projector.
 */
package de.globallokal.events.replica;
