/**
 * Projects: their open-data API here, the public pages and the staff editor in
 * {@code ui}.
 */
package de.globallokal.webui.projects;
