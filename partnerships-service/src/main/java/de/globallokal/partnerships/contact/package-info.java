/**
 * Contact points of the office and of partners: REST API, validation, storage with
 * outbox.
 */
package de.globallokal.partnerships.contact;
