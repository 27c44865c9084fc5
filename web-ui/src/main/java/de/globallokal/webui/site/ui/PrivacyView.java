package de.globallokal.webui.site.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.site.SiteProperties;

/** What happens to the data of visitors and of people who sign up. */
@Route(value = "datenschutz", layout = PublicLayout.class)
@Menu(title = "legal.privacy", order = 2)
@AnonymousAllowed
class PrivacyView extends SitePage {

    public PrivacyView(SiteProperties site) {
        super(site, SiteText::privacy);
    }

}
