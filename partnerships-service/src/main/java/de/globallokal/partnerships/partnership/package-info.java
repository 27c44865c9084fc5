/**
 * Partnerships with their partner municipality: REST API, validation, storage with
 * outbox.
 */
package de.globallokal.partnerships.partnership;
