package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.core.procurement.ProcurementFigures;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.webui.procurement.ProcurementOverview.Figures;
import java.util.List;
import java.util.Locale;

/**
 * The shares against the targets, one chart and table a product group: the public page
 * with published figures, staff's pages with all.
 */
final class FairProcurementFigures {

    private FairProcurementFigures() {
    }

    static <C extends com.vaadin.flow.component.Component & HasComponents> void groups(C view, Figures figures,
            boolean staff, Locale locale) {
        List<Share> shares = figures.byGroupAndYear();
        if (shares.isEmpty()) {
            view.add(new Paragraph(view.getTranslation(staff ? "procurement.no-purchases" : "procurement.no-figures")));
            return;
        }
        if (figures.examples()) {
            Span example = new Span(view.getTranslation("procurement.example-figures"));
            example.addClassName("gl-example");
            view.add(example);
        }
        Div charts = new Div();
        charts.addClassName("gl-shares");
        for (ProductGroup group : figures.groups()) {
            List<Share> years = ProcurementFigures.trend(shares, group.key());
            if (!years.isEmpty()) {
                String name = group.name().in(locale);
                charts.add(new Div(new H3(name), ShareChart.of(view, name, years, locale)));
            }
        }
        view.add(charts);
    }

}
