/**
 * One trace from the REST call that changed an aggregate to every read model the change
 * reached: the envelope carries the request's W3C {@code traceparent} through the outbox
 * and Kafka, and each projector continues it.
 */
package de.globallokal.support.tracing;
