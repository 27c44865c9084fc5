package de.globallokal.webui.site;

import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPages;
import java.util.Map;

/** The office that runs the site, as schema.org says a public body. */
public final class OfficeData {

    private OfficeData() {
    }

    public static Map<String, Object> of(SiteProperties site, PageContext page) {
        Map<String, Object> office = ServerPages.object("GovernmentOrganization");
        office.put("name",
                site.operator() == null || site.operator().isBlank() ? page.text("app.name") : site.operator());
        office.put("url", page.href(""));
        if (site.address() != null && !site.address().isBlank()) {
            office.put("address", site.address());
        }
        if (site.email() != null && !site.email().isBlank()) {
            office.put("email", site.email());
        }
        if (site.phone() != null && !site.phone().isBlank()) {
            office.put("telephone", site.phone());
        }
        return office;
    }

}
