/**
 * A public page as the server's first response says it: the features describe their pages
 * ({@link de.globallokal.webui.base.page.ServerPageSource}) from the read models, in
 * plain terms of headings, text, lists and links, and one template renders them all, so a
 * crawler or a client without JavaScript reads the page before Vaadin takes over.
 */
package de.globallokal.webui.base.page;
