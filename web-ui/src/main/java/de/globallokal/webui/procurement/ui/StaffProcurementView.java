package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.base.ui.Uploads;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.procurement.ProcurementOverview.Figures;
import de.globallokal.webui.procurement.ProcurementOverview;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Staff's procurement page: the purchase import (checked first, then stored all or
 * nothing), the shares of every group and department against the targets, published or
 * not, and the way to the product groups, labels and purchase records.
 */
@Route(value = "staff/beschaffung", layout = StaffLayout.class)
@Menu(title = "staff.nav.procurement", order = 5.5)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffProcurementView extends Div implements HasDynamicTitle {

    /**
     * A finance export of a year is a few hundred lines; anything far larger is a
     * mistake.
     */
    static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final StaffApi api;

    private final String staff;

    private final Grid<JsonNode> report = new Grid<>();

    private final Paragraph summary = new Paragraph();

    private final Button store = new Button();

    private final Checkbox publish = new Checkbox();

    private final ProcurementOverview overview;

    private final Div figures = new Div();

    private String csv;

    private String file;

    StaffProcurementView(ProcurementOverview overview, StaffApi api, AuthenticationContext authentication) {
        this.overview = overview;
        this.api = api;
        this.staff = authentication.getPrincipalName().orElseThrow();
        addClassName("gl-staff-procurement");
        add(new H1(getTranslation("staff.nav.procurement")));
        Div links = new Div(new RouterLink(getTranslation("staff.nav.product-groups"), StaffProductGroupsView.class),
                new RouterLink(getTranslation("staff.nav.labels"), StaffLabelsView.class),
                new RouterLink(getTranslation("staff.nav.purchases"), StaffPurchasesView.class));
        links.addClassName("gl-links");
        add(links);
        add(importSection());
        add(figures);
        showFigures();
    }

    private Section importSection() {
        Section section = new Section(new H2(getTranslation("staff.procurement.import")),
                new Paragraph(getTranslation("staff.procurement.import.columns")));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            csv = new String(bytes, StandardCharsets.UTF_8);
            file = metadata.fileName();
            check();
            // one file at a time, and the next one may follow at once
            upload.clearFileList();
        }));
        Uploads.localized(upload, this);
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setUploadButton(new Button(getTranslation("staff.procurement.import.choose")));
        publish.setLabel(getTranslation("staff.procurement.import.publish"));
        store.setText(getTranslation("staff.procurement.import.store"));
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setEnabled(false);
        store.addClickListener(click -> store());
        report.addColumn(row -> row.path("line").asInt())
            .setHeader(getTranslation("staff.import.line"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        report.addColumn(row -> getTranslation("staff.import.action." + row.path("action").asString()))
            .setHeader(getTranslation("staff.import.action"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        report.addColumn(this::details).setHeader(getTranslation("staff.import.details")).setFlexGrow(3);
        report.setAllRowsVisible(true);
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.setVisible(false);
        summary.getElement().setAttribute("role", "status");
        section.add(upload, publish, summary, report, store);
        return section;
    }

    private void check() {
        Answer answer = api.postCsv(Service.PARTNERSHIPS, staff, "/api/purchases/import?dryRun=true", csv);
        show(answer);
        store.setEnabled(answer.ok() && answer.body().at("/summary/rejected").asLong() == 0
                && answer.body().at("/summary/create").asLong() + answer.body().at("/summary/update").asLong() > 0);
    }

    private void store() {
        Answer answer = api.postCsv(Service.PARTNERSHIPS, staff,
                "/api/purchases/import?dryRun=false&publish=" + publish.getValue(), csv);
        show(answer);
        store.setEnabled(false);
        if (answer.ok() && answer.body().path("stored").asBoolean()) {
            summary.setText(summary.getText() + " " + getTranslation("staff.procurement.import.stored"));
            awaitFigures(overview.purchases(true));
        }
    }

    /**
     * The stored records come back through the change topic within moments: the page asks
     * once a second (for half a minute at most) and shows the figures as soon as they
     * changed.
     */
    private void awaitFigures(List<PurchaseRecord> before) {
        getUI().ifPresent(ui -> {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            ui.setPollInterval(1000);
            Registration[] polling = new Registration[1];
            polling[0] = ui.addPollListener(poll -> {
                boolean changed = !overview.purchases(true).equals(before);
                if (changed || System.nanoTime() > until) {
                    polling[0].remove();
                    ui.setPollInterval(-1);
                    showFigures();
                }
            });
        });
    }

    private void showFigures() {
        figures.removeAll();
        Figures all = overview.figures(true);
        Section shares = new Section(new H2(getTranslation("procurement.progress")));
        FairProcurementFigures.groups(shares, all, true, getLocale());
        figures.add(shares, new Section(new H2(getTranslation("staff.procurement.by-department")), byDepartment(all)));
    }

    private void show(Answer answer) {
        if (answer.body().has("summary")) {
            JsonNode counts = answer.body().get("summary");
            summary.setText(file + ": "
                    + getTranslation("staff.import.summary", counts.path("create").asLong(),
                            counts.path("update").asLong(), counts.path("unchanged").asLong(),
                            counts.path("rejected").asLong()));
            List<JsonNode> rows = new ArrayList<>();
            answer.body().path("rows").forEach(rows::add);
            report.setItems(rows);
            report.setVisible(true);
        }
        else {
            JsonNode errors = answer.body().path("errors");
            summary.setText(errors.isEmpty() ? getTranslation("staff.import.failed", answer.status())
                    : errors.get(0).path("message").asString());
            report.setVisible(false);
        }
    }

    /** Errors and changes by the column's name as a German finance export writes it. */
    private String details(JsonNode row) {
        List<String> parts = new ArrayList<>();
        row.path("errors")
            .forEach(e -> parts.add(column(e.path("field").asString()) + ": " + e.path("message").asString()));
        row.path("changedFields").forEach(field -> parts.add(column(field.asString())));
        return String.join("; ", parts);
    }

    private String column(String name) {
        String key = "staff.procurement.column." + name;
        String translated = getTranslation(key);
        return translated.startsWith("!") || translated.equals(key) ? name : translated;
    }

    private Grid<Share> byDepartment(Figures all) {
        List<Share> shares = all.byDepartment();
        Map<String, String> names = all.groups()
            .stream()
            .collect(Collectors.toMap(g -> g.key(), g -> g.name().in(getLocale()), (a, b) -> a));
        Grid<Share> grid = new Grid<>();
        grid.addColumn(Share::year).setHeader(getTranslation("procurement.column.year")).setAutoWidth(true);
        grid.addColumn(Share::department).setHeader(getTranslation("procurement.column.department"));
        grid.addColumn(share -> names.getOrDefault(share.productGroup(), share.productGroup()))
            .setHeader(getTranslation("procurement.column.group"));
        grid.addColumn(share -> String.format(getLocale(), "%.1f %%", share.percent()))
            .setHeader(getTranslation("procurement.column.share"))
            .setAutoWidth(true);
        grid.addColumn(share -> share.target() == null ? "–" : share.target() + " %")
            .setHeader(getTranslation("procurement.column.target"))
            .setAutoWidth(true);
        grid.setItems(shares);
        // a city with many departments scrolls the grid, which then renders only what is
        // in view
        if (shares.size() <= 50) {
            grid.setAllRowsVisible(true);
        }
        else {
            grid.setHeight("32rem");
        }
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.nav.procurement") + " – " + getTranslation("app.name");
    }

}
