/**
 * The world map of partner cities, drawn as SVG from Java: outlines once, points per
 * page.
 */
package de.globallokal.webui.partnerships.map;
