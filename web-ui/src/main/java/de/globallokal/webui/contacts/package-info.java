/** Contact points: the public contact page and the staff editor in {@code ui}. */
package de.globallokal.webui.contacts;
