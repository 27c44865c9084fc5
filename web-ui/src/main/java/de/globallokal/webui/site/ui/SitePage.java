package de.globallokal.webui.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of headed paragraphs whose texts come from the message bundles, keyed by one
 * prefix.
 */
abstract class SitePage extends Div implements HasDynamicTitle {

    private final String prefix;

    SitePage(String prefix) {
        this.prefix = prefix;
        addClassName("gl-site-page");
        add(new H1(getTranslation(prefix + ".title")));
    }

    void section(String key, Object... params) {
        add(new H2(getTranslation(prefix + "." + key + ".title")),
                new Paragraph(getTranslation(prefix + "." + key, params)));
    }

    void mail(String address) {
        if (address != null && !address.isBlank()) {
            add(new Paragraph(new Anchor("mailto:" + address, address)));
        }
    }

    static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " – " + getTranslation("app.name");
    }

}
