package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import de.globallokal.webui.base.ui.StaffOverviewSection;
import de.globallokal.webui.procurement.ProcurementOverview;
import java.util.Locale;

/** The shares bought with a label against the targets, on the staff overview. */
@org.springframework.stereotype.Component
class ProcurementOverviewSection implements StaffOverviewSection {

    private final ProcurementOverview overview;

    ProcurementOverviewSection(ProcurementOverview overview) {
        this.overview = overview;
    }

    @Override
    public String headingKey() {
        return "staff.procurement.shares";
    }

    @Override
    public Component content(Component view, Locale locale) {
        Div box = new Div();
        FairProcurementFigures.groups(box, overview.figures(true), true, locale);
        box.add(new RouterLink(view.getTranslation("staff.procurement.more"), StaffProcurementView.class));
        return box;
    }

}
