/** Cross-cutting wiring of the service: outbox relay, topics, health. */
package de.globallokal.partnerships.system;
