/**
 * The site's file store: documents and pictures staff and partners attach, kept in
 * web-ui's MongoDB (GridFS), checked by what they are, served at their unguessable
 * address with headers that let a browser do nothing else with them.
 */
package de.globallokal.webui.files;
