/** Kafka topics as the event contract wants them, and the broker's health. */
package de.globallokal.support.kafka;
