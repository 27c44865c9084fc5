package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.Function;

/**
 * A filter's drop-down: labelled, "all" when empty, preset from the address. A combo box,
 * not a select: its options travel to the browser only when it is opened, so a page with
 * several filters stays light for every visitor who never opens them (see
 * bench/README.md).
 */
public final class FilterSelect {

    private FilterSelect() {
    }

    public static <T> ComboBox<T> of(Component view, String label, List<T> items, T value, Function<T, String> text) {
        ComboBox<T> select = new ComboBox<>(label);
        select.setItems(items);
        select.setItemLabelGenerator(text::apply);
        select.setPlaceholder(view.getTranslation("events.filter.any"));
        select.setClearButtonVisible(true);
        select.setValue(value);
        return select;
    }

}
