/**
 * The benchmark of the change pipeline: ours against a bare Kafka → MongoDB loop on the
 * same infrastructure.
 */
package de.globallokal.bench;
