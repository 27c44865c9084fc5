package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** A filter's drop-down: labelled, with "all" as the empty choice, preset from the address. */
public final class FilterSelect {

    private FilterSelect() {
    }

    public static <T> Select<T> of(Component view, String label, List<T> items, T value, Function<T, String> text) {
        String any = view.getTranslation("events.filter.any");
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(item -> item == null ? any : text.apply(item));
        select.setValue(value);
        return select;
    }
}
