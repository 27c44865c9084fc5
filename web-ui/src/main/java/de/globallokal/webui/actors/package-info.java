/** The local actors read model. */
package de.globallokal.webui.actors;
