/** The contact points read model. */
package de.globallokal.webui.contacts;
