package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * A section a feature adds to the staff overview, so the overview shows every feature's
 * figures without knowing the features (they reach each other only through base).
 */
public interface StaffOverviewSection {

    /** Translation key of the section's heading. */
    String headingKey();

    /** The section's content, worded in the view's language. */
    Component content(Component view, Locale locale);

}
