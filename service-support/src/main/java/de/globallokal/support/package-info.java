/**
 * Run-time parts both owning services share: the transactional outbox and its relay, JWT
 * validation, problem details for bad input, Kafka topics and health. Holds no domain
 * code.
 */
package de.globallokal.support;
