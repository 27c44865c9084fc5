/**
 * The outbox without multi-document transactions: each aggregate document carries its
 * pending envelopes, written in the same single-document update as the new state; the
 * relay publishes them in version order and pulls them only after Kafka acknowledged.
 */
package de.globallokal.support.outbox;
