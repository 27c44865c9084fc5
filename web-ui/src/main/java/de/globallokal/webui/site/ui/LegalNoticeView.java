package de.globallokal.webui.site.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.site.SiteProperties;

/** Who is responsible for this site. */
@Route(value = "impressum", layout = PublicLayout.class)
@Menu(title = "legal.imprint", order = 1)
@AnonymousAllowed
class LegalNoticeView extends SitePage {

    public LegalNoticeView(SiteProperties site) {
        super(site, SiteText::imprint);
    }

}
