package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import java.util.List;
import java.util.function.Function;

/**
 * A read model's current entries as a list of cards, or a sentence saying there are none
 * yet.
 */
public final class Cards {

    private Cards() {
    }

    public static <T> Component of(List<Entry<T>> entries, Function<T, ListItem> card, String emptyText) {
        if (entries.isEmpty()) {
            return new Paragraph(emptyText);
        }
        UnorderedList cards = new UnorderedList();
        cards.addClassName("gl-cards");
        entries.forEach(entry -> {
            ListItem item = card.apply(entry.state());
            item.addClassName("gl-card");
            cards.add(item);
        });
        return cards;
    }

}
