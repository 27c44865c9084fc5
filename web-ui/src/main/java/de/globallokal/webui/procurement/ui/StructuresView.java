package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.core.structures.Meeting;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.webui.base.ui.HasPageDescription;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.ResolutionList;
import de.globallokal.webui.procurement.StructuresOverview;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What anchors the office's work for good, for the public: the council resolutions of
 * every scope in date order, the bodies with their members and next meeting, and the
 * budget line by year.
 */
@Route(value = PublicPaths.STRUCTURES, layout = PublicLayout.class)
@AnonymousAllowed
public class StructuresView extends Div implements HasDynamicTitle, HasPageDescription {

    public StructuresView(StructuresOverview overview) {
        addClassName("gl-structures");
        Locale locale = getLocale();
        add(new H1(getTranslation("structures.title")), new Paragraph(getTranslation("structures.intro")));
        add(new H2(getTranslation("procurement.resolutions")));
        add(ResolutionList.of(this, overview.resolutions(Arrays.asList(PolicyArea.values())), locale));
        add(new H2(getTranslation("structures.bodies")));
        add(bodies(overview.bodies(), overview.contacts(), overview, locale));
        add(new H2(getTranslation("structures.budget")));
        add(budget(overview.budget(), locale));
    }

    private com.vaadin.flow.component.Component bodies(List<Body> bodies, Map<String, ContactPoint> contacts,
            StructuresOverview overview, Locale locale) {
        if (bodies.isEmpty()) {
            return new Paragraph(getTranslation("structures.no-bodies"));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-cards");
        for (Body body : bodies) {
            ListItem card = new ListItem(new H3(body.name().in(locale)));
            card.addClassName("gl-card");
            card.add(new Span(getTranslation("body.kind." + body.kind())));
            if (body.purpose() != null) {
                card.add(new Paragraph(body.purpose().in(locale)));
            }
            List<String> members = body.memberContactIds()
                .stream()
                .map(contacts::get)
                .filter(java.util.Objects::nonNull)
                .map(c -> c.person() == null ? c.role().in(locale) : c.person() + ", " + c.role().in(locale))
                .toList();
            if (!members.isEmpty()) {
                card.add(new Paragraph(getTranslation("structures.members", String.join("; ", members))));
            }
            Meeting next = body.nextMeeting(overview.today()).orElse(null);
            card.add(new Paragraph(
                    next == null ? getTranslation("structures.no-meeting") : getTranslation("structures.next-meeting",
                            dates.format(next.date()), next.place() == null ? "" : ", " + next.place())));
            if (body.example()) {
                Span example = new Span(getTranslation("structures.example"));
                example.addClassName("gl-example");
                card.add(example);
            }
            list.add(card);
        }
        return list;
    }

    private com.vaadin.flow.component.Component budget(List<BudgetYear> years, Locale locale) {
        if (years.isEmpty()) {
            return new Paragraph(getTranslation("structures.no-budget"));
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("EUR"));
        money.setMaximumFractionDigits(0);
        Div box = new Div();
        box.addClassName("gl-budget");
        Element table = new Element("table");
        table.setAttribute("class", "gl-budget-table");
        Element head = new Element("tr");
        for (String column : List.of("procurement.column.year", "editor.budget.planned", "editor.project.spent",
                "editor.budget.item")) {
            Element cell = new Element("th");
            cell.setAttribute("scope", "col");
            cell.setText(getTranslation(column));
            head.appendChild(cell);
        }
        table.appendChild(head);
        boolean examples = false;
        for (BudgetYear year : years) {
            Element row = new Element("tr");
            row.appendChild(td(String.valueOf(year.year())), td(money.format(year.planned().amountMinor() / 100.0)),
                    td(year.spent() == null ? "–" : money.format(year.spent().amountMinor() / 100.0)),
                    td(year.item() == null ? "" : year.item()));
            table.appendChild(row);
            examples |= year.example();
        }
        box.getElement().appendChild(table);
        if (examples) {
            Span example = new Span(getTranslation("procurement.example-figures"));
            example.addClassName("gl-example");
            box.add(example);
        }
        return box;
    }

    private static Element td(String text) {
        Element cell = new Element("td");
        cell.setText(text);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("structures.title") + " – " + getTranslation("app.name");
    }

    @Override
    public String getPageDescription() {
        return getTranslation("structures.intro");
    }

}
