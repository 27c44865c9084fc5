/**
 * Local actors of the city's network: REST API with a yearly freshness check, storage
 * with outbox.
 */
package de.globallokal.partnerships.actor;
