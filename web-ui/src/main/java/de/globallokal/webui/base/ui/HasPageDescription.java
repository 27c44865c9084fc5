package de.globallokal.webui.base.ui;

/**
 * A page that says in one sentence what it shows, for search engines and link previews.
 */
public interface HasPageDescription {

    String getPageDescription();

}
