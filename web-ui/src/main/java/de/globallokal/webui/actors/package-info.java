/**
 * Local actors: their open-data API here, the public list and the staff editor in
 * {@code ui}.
 */
package de.globallokal.webui.actors;
