package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.globallokal.core.structures.Resolution;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Council resolutions as a list: date and body, title, decision and where to read it. */
public final class ResolutionList {

    private ResolutionList() {
    }

    public static Component of(Component view, List<Resolution> resolutions, Locale locale) {
        if (resolutions.isEmpty()) {
            return new Paragraph(view.getTranslation("structures.no-resolutions"));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-resolutions");
        for (Resolution resolution : resolutions) {
            ListItem item = new ListItem();
            Span when = new Span(dates.format(resolution.date()) + " · " + resolution.body()
                    + (resolution.reference() == null ? "" : " · " + resolution.reference()));
            when.addClassName("gl-meta");
            Paragraph title = new Paragraph(resolution.title().in(locale));
            title.addClassName("gl-resolution-title");
            item.add(when, title);
            if (resolution.decision() != null) {
                item.add(new Paragraph(resolution.decision().in(locale)));
            }
            resolution.documents()
                .forEach(document -> item.add(new Anchor(document.url(),
                        view.getTranslation("structures.resolution.document", document.alt().in(locale)))));
            if (resolution.link() != null) {
                Anchor link = new Anchor(resolution.link(), view.getTranslation("structures.resolution.link"));
                link.getElement().setAttribute("rel", "noopener");
                item.add(link);
            }
            if (resolution.example()) {
                Span example = new Span(view.getTranslation("structures.example"));
                example.addClassName("gl-example");
                item.add(example);
            }
            list.add(item);
        }
        return list;
    }

    /**
     * The resolutions that concern a partnership or project, under a heading with the way
     * to all of them; nothing when there are none.
     */
    public static Optional<Component> concerning(Component view, List<Resolution> resolutions, Locale locale) {
        if (resolutions.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section(new H2(view.getTranslation("structures.concerning")),
                of(view, resolutions, locale),
                new Paragraph(PublicPaths.link(view.getTranslation("structures.all"), PublicPaths.STRUCTURES)));
        return Optional.of(section);
    }

}
