/**
 * The infrastructure of the local run in one JVM: a real Kafka broker in KRaft mode and a
 * MongoDB-wire server with an H2 file backend, both keeping their data under one folder.
 * For development and demos only; production runs real MongoDB and Kafka.
 */
package de.globallokal.localstack;
