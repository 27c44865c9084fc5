package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page of the staff area: its window title is its own name and the staff area's. */
public abstract class StaffPage extends Div implements HasDynamicTitle {

    private final String titleKey;

    /**
     * @param titleKey the translation key of the page's name (its menu entry's, mostly)
     */
    protected StaffPage(String titleKey) {
        this.titleKey = titleKey;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("staff.brand");
    }

}
