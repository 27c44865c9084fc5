/** Cross-cutting wiring: Kafka consumers with dead-letter handling, topics, health. */
package de.globallokal.webui.system;
