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
        super("imprint");
        String missing = getTranslation("site.not-configured");
        section("operator", or(site.operator(), missing), or(site.address(), missing));
        section("representative", or(site.representative(), missing));
        section("contact", or(site.phone(), missing));
        mail(site.email());
    }

}
