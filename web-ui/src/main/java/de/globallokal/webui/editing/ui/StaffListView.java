package de.globallokal.webui.editing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A staff list of one kind of entry as web-ui's read model has it: a link to create one,
 * and each row's name opening its editor. Subclasses add their columns to {@link #grid}.
 */
public abstract class StaffListView<T> extends Div implements HasDynamicTitle {

    protected final Grid<T> grid = new Grid<>();

    private final String titleKey;

    /** The current entries of a read model, sorted by their name. */
    protected StaffListView(String titleKey, String kindKey, Class<? extends EditorView> editor,
            VersionedReadModel<T> entries, Function<T, String> id, Function<T, String> name, String nameHeaderKey) {
        this(titleKey, kindKey, editor,
                entries.current().stream().map(Entry::state).sorted(Comparator.comparing(name)).toList(), id, name,
                nameHeaderKey);
    }

    protected StaffListView(String titleKey, String kindKey, Class<? extends EditorView> editor, List<T> items,
            Function<T, String> id, Function<T, String> name, String nameHeaderKey) {
        this.titleKey = titleKey;
        addClassName("gl-staff-list");
        grid.addComponentColumn(
                item -> new RouterLink(name.apply(item), editor, new RouteParameters("id", id.apply(item))))
            .setHeader(getTranslation(nameHeaderKey))
            .setAutoWidth(true)
            .setFlexGrow(2)
            .setKey("name");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        RouterLink create = new RouterLink(getTranslation("editor.create", getTranslation(kindKey)), editor,
                new RouteParameters("id", EditorView.NEW));
        create.addClassName("gl-button-link");
        add(new H1(getTranslation(titleKey)), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("staff.brand");
    }

}
