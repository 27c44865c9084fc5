/**
 * Cross-cutting configuration: the events collection with its outbox relay and topic,
 * scheduling.
 */
package de.globallokal.events.system;
