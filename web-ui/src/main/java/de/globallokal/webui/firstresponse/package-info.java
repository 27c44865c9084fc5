/**
 * The first response to a public address: the page's content as semantic HTML with its
 * title, description, canonical and language alternates, link-preview tags and schema.org
 * data, rendered from the features'
 * {@link de.globallokal.webui.base.page.ServerPageSource}s without a session. The same
 * document loads Vaadin, which takes the page over; a crawler gets no Vaadin at all.
 */
package de.globallokal.webui.firstresponse;
