package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A public page about one thing (a partner city, an event): its title and description are
 * that thing's, said once when the page has found it.
 */
public abstract class DetailPage extends Div implements HasDynamicTitle, HasPageDescription {

    private String title = "";

    private String description = "";

    /**
     * What the page is about: the window title (with the product's name) and the meta
     * description.
     */
    protected void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    protected String title() {
        return title;
    }

    protected String description() {
        return description;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

    @Override
    public String getPageDescription() {
        return description;
    }

}
