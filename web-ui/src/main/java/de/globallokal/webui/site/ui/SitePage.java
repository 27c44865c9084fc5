package de.globallokal.webui.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import de.globallokal.webui.site.SiteProperties;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A page of headed paragraphs whose texts come from the message bundles, keyed by one
 * prefix.
 */
abstract class SitePage extends Div implements HasDynamicTitle {

    private final String prefix;

    SitePage(SiteProperties site, BiFunction<SiteProperties, UnaryOperator<String>, SiteText> text) {
        SiteText page = text.apply(site, this::getTranslation);
        this.prefix = page.prefix();
        addClassName("gl-site-page");
        add(new H1(getTranslation(prefix + ".title")));
        for (SiteText.Part part : page.parts()) {
            if (part.mail() != null) {
                add(new Paragraph(new Anchor("mailto:" + part.mail(), part.mail())));
            }
            else {
                add(new H2(getTranslation(prefix + "." + part.key() + ".title")),
                        new Paragraph(getTranslation(prefix + "." + part.key(), part.parameters())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " – " + getTranslation("app.name");
    }

}
