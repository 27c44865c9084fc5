/**
 * Consuming change topics into versioned read models: the envelope (de)serialisers, the
 * batch listener factory with its dead-letter handling, the read-model collection and the
 * projector that routes a topic's records by aggregate type. Used by web-ui and by the
 * services that keep replicas of another service's data.
 */
package de.globallokal.support.projection;
