/**
 * web-ui: the Vaadin public site and staff dashboard, staff accounts and tokens, the read
 * models projected from Kafka, feeds and the open-data API.
 */
package de.globallokal.webui;
