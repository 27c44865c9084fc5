package de.globallokal.webui.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinService;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.projection.PurchaseReadModel;
import de.globallokal.webui.reports.FunderReport;
import de.globallokal.webui.reports.FunderReport.DateLine;
import de.globallokal.webui.reports.FunderReport.FundingLine;
import de.globallokal.webui.reports.FunderReport.MeasureLine;
import de.globallokal.webui.reports.FunderReport.ProjectLine;
import de.globallokal.webui.reports.FunderReports;
import de.globallokal.webui.reports.ProcurementReport;
import de.globallokal.webui.reports.ProcurementReportCsv;
import de.globallokal.webui.reports.ProcurementReportPdf;
import de.globallokal.webui.reports.ProgrammeReport;
import de.globallokal.webui.reports.ProgrammeReportCsv;
import de.globallokal.webui.reports.ProgrammeReportPdf;
import de.globallokal.webui.reports.ReportCsv;
import de.globallokal.webui.reports.ReportPdf;
import de.globallokal.webui.reports.ReportScope;
import de.globallokal.webui.reports.ReportTexts;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A report for a funder: choose the period and, if wanted, one partnership or project;
 * the report shows here and downloads as CSV and PDF. The address keeps the choice, so a
 * report can be opened again or passed to a colleague.
 */
@Route(value = "staff/berichte", layout = StaffLayout.class)
@Menu(title = "staff.nav.reports", order = 8)
@RolesAllowed({ "EDITOR", "ADMIN" })
public class ReportsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FunderReports reports;

    private final ProjectReadModel projects;

    private final Clock clock;

    private final DatePicker from = new DatePicker();

    private final DatePicker to = new DatePicker();

    private final Select<String> partnership = new Select<>();

    private final Select<String> project = new Select<>();

    private final Paragraph status = new Paragraph();

    private final Div result = new Div();

    private final ProductGroupReadModel productGroups;

    private final PurchaseReadModel purchases;

    private final Div procurementLinks = new Div();

    public ReportsView(FunderReports reports, PartnershipReadModel partnerships, ProjectReadModel projects, Clock clock,
            ProductGroupReadModel productGroups, PurchaseReadModel purchases) {
        this.productGroups = productGroups;
        this.purchases = purchases;
        this.clock = clock;
        this.reports = reports;
        this.projects = projects;
        addClassName("gl-reports");
        from.setLabel(getTranslation("report.from"));
        to.setLabel(getTranslation("report.to"));
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        Map<String, String> partners = partnerships.partnerNames();
        partnership.setLabel(getTranslation("report.partnership"));
        partnership.setItems(partners.keySet());
        partnership
            .setItemLabelGenerator(id -> id == null ? getTranslation("report.all") : partners.getOrDefault(id, id));
        partnership.setEmptySelectionAllowed(true);
        partnership.setEmptySelectionCaption(getTranslation("report.all"));
        Map<String, String> titles = new LinkedHashMap<>();
        projects.current()
            .stream()
            .map(e -> e.state())
            .sorted(Comparator.comparing(p -> p.title().de()))
            .forEach(p -> titles.put(p.id(), p.title().in(getLocale())));
        project.setLabel(getTranslation("report.project-choice"));
        project.setItems(titles.keySet());
        project.setItemLabelGenerator(id -> id == null ? getTranslation("report.all") : titles.getOrDefault(id, id));
        project.setEmptySelectionAllowed(true);
        project.setEmptySelectionCaption(getTranslation("report.all"));
        Button create = new Button(getTranslation("report.create"), click -> open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.addClassName("gl-result");
        status.getElement().setAttribute("role", "status");
        Div choice = new Div(from, to, partnership, project, create);
        choice.addClassName("gl-filters");
        add(new H1(getTranslation("staff.nav.reports")), new Paragraph(getTranslation("report.intro")), choice, status,
                result, procurementReport());
    }

    /**
     * The yearly procurement report of a chosen year, every record (published or not), as
     * PDF and CSV.
     */
    private Section procurementReport() {
        List<Integer> years = purchases.current()
            .stream()
            .map(e -> e.state().year())
            .distinct()
            .sorted(Comparator.reverseOrder())
            .toList();
        Section section = new Section(new H2(getTranslation("procurement-report.heading")));
        if (years.isEmpty()) {
            section.add(new Paragraph(getTranslation("procurement.no-figures")));
            return section;
        }
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("procurement.column.year"));
        year.setItems(years);
        year.addValueChangeListener(change -> procurementLinks(change.getValue()));
        procurementLinks.addClassName("gl-downloads");
        section.add(year, procurementLinks);
        year.setValue(years.getFirst());
        return section;
    }

    private void procurementLinks(Integer year) {
        procurementLinks.removeAll();
        if (year == null) {
            return;
        }
        Locale locale = getLocale();
        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        ReportTexts texts = (key, parameters) -> i18n.getTranslation(key, locale, parameters);
        ProcurementReport report = ProcurementReport.of(year,
                productGroups.current().stream().map(e -> e.state()).toList(),
                purchases.current().stream().map(e -> e.state()).toList(), locale);
        Anchor pdf = new Anchor(
                new StreamResource("beschaffung-" + year + ".pdf",
                        () -> new ByteArrayInputStream(ProcurementReportPdf.write(report, texts, locale))),
                getTranslation("procurement-report.pdf", String.valueOf(year)));
        pdf.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(
                new StreamResource("beschaffung-" + year + ".csv",
                        () -> new ByteArrayInputStream(ProcurementReportCsv.write(report))),
                getTranslation("procurement-report.csv", String.valueOf(year)));
        csv.getElement().setAttribute("download", true);
        procurementLinks.add(pdf, csv);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LocalDate today = LocalDate.now(clock);
        from.setValue(date(QueryValues.first(query, "von"), today.withDayOfYear(1)));
        to.setValue(date(QueryValues.first(query, "bis"), today.withMonth(12).withDayOfMonth(31)));
        partnership.setValue(QueryValues.first(query, "partnerschaft"));
        project.setValue(QueryValues.first(query, "projekt"));
        if (query.containsKey("von")) {
            show();
        }
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** Puts the choice into the address (so it can be shared) and shows the report. */
    private void open() {
        Map<String, String> query = new LinkedHashMap<>();
        if (from.getValue() != null) {
            query.put("von", from.getValue().toString());
        }
        if (to.getValue() != null) {
            query.put("bis", to.getValue().toString());
        }
        if (partnership.getValue() != null) {
            query.put("partnerschaft", partnership.getValue());
        }
        if (project.getValue() != null) {
            query.put("projekt", project.getValue());
        }
        UI.getCurrent()
            .getPage()
            .getHistory()
            .replaceState(null, "staff/berichte?" + QueryParameters.simple(query).getQueryString());
        show();
    }

    private void show() {
        result.removeAll();
        ReportScope scope;
        try {
            scope = new ReportScope(from.getValue(), to.getValue(), partnership.getValue(), project.getValue());
        }
        catch (IllegalArgumentException e) {
            status.setText(getTranslation(
                    from.getValue() == null || to.getValue() == null ? "report.needs-dates" : "report.dates-reversed"));
            return;
        }
        FunderReport report = reports.report(scope);
        status.setText(getTranslation("report.ready", report.dates().size()));
        Locale locale = getLocale();
        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        ReportTexts texts = (key, parameters) -> i18n.getTranslation(key, locale, parameters);
        String name = "bericht-" + scope.from() + "-" + scope.to();
        Anchor csv = new Anchor(
                new StreamResource(name + ".csv", () -> new ByteArrayInputStream(ReportCsv.write(report))),
                getTranslation("report.csv"));
        csv.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(
                new StreamResource(name + ".pdf",
                        () -> new ByteArrayInputStream(ReportPdf.write(report, texts, locale, clock.getZone()))),
                getTranslation("report.pdf"));
        pdf.getElement().setAttribute("download", true);
        Div downloads = new Div(csv, pdf);
        downloads.addClassName("gl-downloads");
        result.add(downloads);
        programmeReport(scope, i18n).ifPresent(result::add);
        render(report, locale);
    }

    /**
     * For a chosen project with an action programme: its yearly report for the year the
     * period ends in, as PDF in German and French (the two cities' languages) and as CSV.
     */
    private Optional<Div> programmeReport(ReportScope scope, I18NProvider i18n) {
        if (scope.projectId() == null) {
            return Optional.empty();
        }
        int year = scope.to().getYear();
        return projects.findCurrent(scope.projectId())
            .flatMap(entry -> ProgrammeReport.of(entry.state(), year))
            .map(report -> {
                Div links = new Div();
                links.addClassName("gl-downloads");
                for (Locale language : List.of(Locale.GERMAN, Locale.FRENCH)) {
                    ReportTexts texts = (key, parameters) -> i18n.getTranslation(key, language, parameters);
                    Anchor pdf = new Anchor(
                            new StreamResource("handlungsprogramm-" + year + "-" + language.getLanguage() + ".pdf",
                                    () -> new ByteArrayInputStream(ProgrammeReportPdf.write(report, texts, language))),
                            getTranslation("programme-report.pdf", String.valueOf(year),
                                    getTranslation("language." + language.getLanguage())));
                    pdf.getElement().setAttribute("download", true);
                    Anchor csv = new Anchor(
                            new StreamResource("handlungsprogramm-" + year + "-" + language.getLanguage() + ".csv",
                                    () -> new ByteArrayInputStream(ProgrammeReportCsv.write(report, language))),
                            getTranslation("programme-report.csv", String.valueOf(year),
                                    getTranslation("language." + language.getLanguage())));
                    csv.getElement().setAttribute("download", true);
                    links.add(pdf, csv);
                }
                return links;
            });
    }

    private void render(FunderReport report, Locale locale) {
        result.add(new H2(getTranslation("report.summary")), table(getTranslation("report.summary"),
                List.of(getTranslation("report.figure"), getTranslation("report.value")),
                List.of(List.of(getTranslation("report.dates-held"), Integer.toString(report.datesHeld())),
                        List.of(getTranslation("report.dates-cancelled"), Integer.toString(report.datesCancelled())),
                        List.of(getTranslation("report.signups"), Integer.toString(report.signUps())),
                        List.of(getTranslation("report.attended"), Integer.toString(report.attended())),
                        List.of(getTranslation("report.walk-ins"), Integer.toString(report.walkIns())),
                        List.of(getTranslation("report.participants"), Integer.toString(report.participants())),
                        List.of(getTranslation("report.school-sessions"),
                                report.schoolSessions() + " (" + report.schoolParticipants() + ")"),
                        List.of(getTranslation("report.actors-reached"),
                                report.actorsReached().size() + (report.actorsReached().isEmpty() ? ""
                                        : ": " + String.join(", ", report.actorsReached()))))));
        result.add(new Paragraph(getTranslation("report.anonymous")));
        result.add(new H2(getTranslation("report.by-sdg")), table(getTranslation("report.by-sdg"),
                List.of(getTranslation("report.goal"), getTranslation("report.dates"),
                        getTranslation("report.participants")),
                report.bySdg()
                    .entrySet()
                    .stream()
                    .map(e -> List.of(
                            getTranslation("sdgs.goal", e.getKey(),
                                    SdgCatalogue.goal(e.getKey()).map(g -> g.name().in(locale)).orElse("")),
                            Integer.toString(e.getValue().dates()), Integer.toString(e.getValue().participants())))
                    .toList()));
        result.add(new H2(getTranslation("report.by-partner")),
                table(getTranslation("report.by-partner"),
                        List.of(getTranslation("report.partner"), getTranslation("report.dates"),
                                getTranslation("report.participants")),
                        report.byPartner()
                            .entrySet()
                            .stream()
                            .map(e -> List.of(e.getKey(), Integer.toString(e.getValue().dates()),
                                    Integer.toString(e.getValue().participants())))
                            .toList()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(clock.getZone());
        result.add(
                new H2(getTranslation(
                        "report.dates-list")),
                table(getTranslation("report.dates-list"),
                        List.of(getTranslation("report.date"), getTranslation("report.event"),
                                getTranslation("report.signups"), getTranslation(
                                        "report.attended"),
                                getTranslation("report.walk-ins"), getTranslation("report.participants")),
                        report.dates()
                            .stream()
                            .map((DateLine d) -> List.of(when.format(d.start()),
                                    d.title() + (d.cancelled() ? " (" + getTranslation("report.cancelled") + ")" : "")
                                            + (d.school() ? " · " + getTranslation("report.school") : ""),
                                    Integer.toString(d.signedUp()), Integer.toString(d.attended()),
                                    Integer.toString(d.walkIns()), Integer.toString(d.participants())))
                            .toList()));
        for (ProjectLine project : report.projects()) {
            String heading = getTranslation("report.project", project.title(), project.partner());
            result.add(new H3(heading));
            List<List<String>> funding = new ArrayList<>(project.funding()
                .stream()
                .map((FundingLine f) -> List.of(f.funder() + (f.programme() == null ? "" : " · " + f.programme()),
                        f.period(), FunderReport.amount(f.amount(), locale)))
                .toList());
            funding.add(List.of(getTranslation("report.budget"), "", FunderReport.amount(project.budget(), locale)));
            funding.add(List.of(getTranslation("report.spent"), "", FunderReport.amount(project.spent(), locale)));
            List<String> fundingColumns = List.of(getTranslation("report.funder"),
                    getTranslation("report.period-column"), getTranslation("report.amount"));
            result.add(table(heading + " – " + getTranslation("report.funder"), fundingColumns, funding));
            List<List<String>> measures = new ArrayList<>(project.measures()
                .stream()
                .map((MeasureLine m) -> List.of(m.measure(), m.progress() + " %",
                        getTranslation("project.status." + m.status())))
                .toList());
            if (project.meanProgress() != null) {
                measures.add(List.of(getTranslation("report.mean-progress"), project.meanProgress() + " %", ""));
            }
            List<String> measureColumns = List.of(getTranslation("report.measure"), getTranslation("report.progress"),
                    getTranslation("report.status"));
            result.add(table(heading + " – " + getTranslation("report.measure"), measureColumns, measures));
        }
    }

    /**
     * A plain HTML table with a caption and column headers, readable by screen readers
     * and printable.
     */
    private static Component table(String caption, List<String> headers, List<List<String>> rows) {
        Element table = new Element("table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("gl-table");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.nav.reports") + " – " + getTranslation("staff.brand");
    }

}
