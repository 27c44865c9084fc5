/**
 * What the site says about itself: legal notice, privacy and accessibility statement, fed
 * from configuration.
 */
package de.globallokal.webui.site;
