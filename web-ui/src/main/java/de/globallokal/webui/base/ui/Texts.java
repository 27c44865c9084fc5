package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.globallokal.core.value.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A multilingual text as the visitor should read it: in their language, else in German
 * marked as such (and with {@code lang="de"} for screen readers), with a note when the
 * translation is an unchecked draft.
 */
public final class Texts {

    private Texts() {
    }

    public static List<Component> paragraph(Component view, LocalizedText text, Locale locale) {
        List<Component> parts = new ArrayList<>();
        Paragraph paragraph = new Paragraph(text.in(locale));
        if (text.fallsBackFor(locale)) {
            paragraph.getElement().setAttribute("lang", "de");
            paragraph.addClassName("gl-fallback");
        }
        parts.add(paragraph);
        if (text.isUnreviewed(locale)) {
            Span draft = new Span(view.getTranslation("content.unreviewed"));
            draft.addClassName("gl-unreviewed");
            parts.add(draft);
        }
        return parts;
    }

}
