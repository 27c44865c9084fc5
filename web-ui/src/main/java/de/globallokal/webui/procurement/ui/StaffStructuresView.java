package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.procurement.ProcurementOverview;
import jakarta.annotation.security.RolesAllowed;

/**
 * Staff's way to what anchors the work (resolutions, bodies, the budget line, the press
 * log) and the Fairtrade-Town state those give.
 */
@Route(value = "staff/strukturen", layout = StaffLayout.class)
@Menu(title = "staff.nav.structures", order = 5.7)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffStructuresView extends Div implements HasDynamicTitle {

    StaffStructuresView(ProcurementOverview overview) {
        addClassName("gl-staff-structures");
        Div links = new Div(new RouterLink(getTranslation("staff.nav.resolutions"), StaffResolutionsView.class),
                new RouterLink(getTranslation("staff.nav.bodies"), StaffBodiesView.class),
                new RouterLink(getTranslation("staff.nav.budget"), StaffBudgetView.class),
                new RouterLink(getTranslation("staff.nav.press"), StaffPressView.class));
        links.addClassName("gl-links");
        add(new H1(getTranslation("staff.nav.structures")), links,
                new Section(new H2(getTranslation("fairtrade.title")),
                        FairtradeTownList.of(this, overview.fairtradeTown(getLocale()), overview.populationKnown())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.nav.structures") + " – " + getTranslation("app.name");
    }

}
