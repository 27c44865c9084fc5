/**
 * Partnerships: their open-data API here, the map data in {@code map}, the public pages
 * and the staff editor in {@code ui}.
 */
package de.globallokal.webui.partnerships;
