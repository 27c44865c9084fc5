package de.globallokal.webui.site.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.site.SiteProperties;

/** The accessibility statement (BITV 2.0) with the way to report a barrier. */
@Route(value = "barrierefreiheit", layout = PublicLayout.class)
@Menu(title = "legal.accessibility", order = 3)
@AnonymousAllowed
class AccessibilityView extends SitePage {

    public AccessibilityView(SiteProperties site) {
        super(site, SiteText::accessibility);
    }

}
