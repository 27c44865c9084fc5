package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import de.globallokal.core.value.Attachment;
import java.util.List;
import java.util.Locale;

/**
 * Files staff attached, on a public page: pictures shown with what they show, documents
 * offered as downloads that say what they hold, their file and their size.
 */
public final class Attachments {

    private Attachments() {
    }

    public static Component of(Component view, Attachment attachment, Locale locale) {
        String alt = attachment.alt().in(locale);
        if (attachment.picture()) {
            Div figure = Pictures.of(attachment.url(), alt, attachment.credit());
            figure.addClassName("gl-attachment");
            return figure;
        }
        Anchor document = new Anchor(attachment.url(), view.getTranslation("project.attachment.document", alt,
                attachment.name(), String.valueOf(Math.max(1, attachment.size() / 1024))));
        document.getElement().setAttribute("download", true);
        document.addClassName("gl-attachment");
        return document;
    }

    /** A page's own files under their heading; nothing when there are none. */
    public static Div section(Component view, List<Attachment> attachments, Locale locale) {
        Div section = new Div();
        if (attachments.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(view.getTranslation("attachments.title")));
        attachments.forEach(attachment -> section.add(of(view, attachment, locale)));
        section.addClassName("gl-attachments");
        return section;
    }

}
