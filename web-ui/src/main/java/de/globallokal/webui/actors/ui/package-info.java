/** The public page of the local actors' network. */
package de.globallokal.webui.actors.ui;
