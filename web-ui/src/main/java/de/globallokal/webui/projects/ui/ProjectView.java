package de.globallokal.webui.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.project.FundingLine;
import de.globallokal.core.project.Measure;
import de.globallokal.core.project.Money;
import de.globallokal.core.project.Project;
import de.globallokal.webui.base.ui.Attachments;
import de.globallokal.webui.base.ui.Pictures;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.ResolutionList;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.projection.ResolutionReadModel;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * One project: what it is for, who pays, and the measures of the joint action programme.
 */
@Route(value = PublicPaths.PROJECT, layout = PublicLayout.class)
@AnonymousAllowed
public class ProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectReadModel projects;

    private String title = "";

    private final ResolutionReadModel resolutions;

    public ProjectView(ProjectReadModel projects, ResolutionReadModel resolutions) {
        this.projects = projects;
        this.resolutions = resolutions;
        addClassName("gl-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Project project = projects.findBySlug(slug).map(entry -> entry.state()).orElseThrow(NotFoundException::new);
        Locale locale = getLocale();
        title = project.title().in(locale);
        removeAll();
        add(new H1(title), statusBadge(this, project));
        if (project.image() != null) {
            add(Pictures.of(project.image(), locale));
        }
        if (project.summary() != null) {
            add(new Paragraph(project.summary().in(locale)));
        }
        if (project.start() != null && project.end() != null) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            add(new Paragraph(
                    getTranslation("project.period", dates.format(project.start()), dates.format(project.end()))));
        }
        if (!project.sdgs().isEmpty()) {
            add(new H2(getTranslation("project.goals")), SdgTiles.of(project.sdgs(), locale));
        }
        if (!project.funding().isEmpty()) {
            UnorderedList lines = new UnorderedList();
            for (FundingLine line : project.funding()) {
                String programme = line.programme() == null ? "" : " – " + line.programme();
                lines.add(new ListItem(line.funder() + programme + ": " + money(line.amount(), locale)));
            }
            add(new H2(getTranslation("project.funding")), lines);
        }
        if (project.budget() != null) {
            add(new Paragraph(getTranslation("project.budget", money(project.budget(), locale),
                    project.spent() == null ? "–" : money(project.spent(), locale))));
        }
        add(Attachments.section(this, project.attachments(), locale));
        ResolutionList.concerning(this, resolutions.concerning(project.partnershipId(), project.id()), locale)
            .ifPresent(this::add);
        if (project.programme() != null && !project.programme().fields().isEmpty()) {
            add(ProgrammeSection.of(this, project.programme(), locale));
        }
        else if (!project.measures().isEmpty()) {
            UnorderedList measures = new UnorderedList();
            measures.addClassName("gl-measures");
            for (Measure measure : project.measures()) {
                ListItem item = new ListItem(new Span(measure.measure().in(locale)),
                        new Span(getTranslation("project.responsible." + measure.responsible())),
                        progress(this, measure.goal().in(locale), measure.progress()));
                measures.add(item);
            }
            add(new H2(getTranslation("project.measures")), measures);
        }
        if (!project.indicators().isEmpty()) {
            Div charts = new Div();
            charts.addClassName("gl-indicators");
            project.indicators().forEach(indicator -> charts.add(IndicatorChart.of(this, indicator, locale)));
            add(new H2(getTranslation("project.indicators")), charts);
        }
    }

    static Span statusBadge(Component owner, Project project) {
        Span status = new Span(owner.getTranslation("project.status." + project.status().name()));
        status.addClassName("gl-badge");
        return status;
    }

    /**
     * A progress bar that says its value in words too, so it does not rely on colour or
     * shape.
     */
    static Component progress(Component owner, String label, int percent) {
        Div bar = new Div();
        bar.addClassName("gl-progress");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-valuemin", "0");
        bar.getElement().setAttribute("aria-valuemax", "100");
        bar.getElement().setAttribute("aria-valuenow", String.valueOf(percent));
        bar.getElement().setAttribute("aria-label", label);
        Div fill = new Div();
        fill.addClassName("gl-progress-fill");
        fill.getStyle().set("width", percent + "%");
        bar.add(fill);
        Span text = new Span(owner.getTranslation("project.percent", label, percent));
        Div wrapper = new Div(text, bar);
        wrapper.addClassName("gl-progress-row");
        return wrapper;
    }

    static int averageProgress(Project project) {
        Integer programme = project.programme() == null ? null : project.programme().progress();
        if (programme != null) {
            return programme;
        }
        return (int) Math.round(project.measures().stream().mapToInt(Measure::progress).average().orElse(0));
    }

    static String money(Money money, Locale locale) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(BigDecimal.valueOf(money.amountMinor(), Math.max(0, currency.getDefaultFractionDigits())));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

}
