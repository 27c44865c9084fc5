package de.globallokal.webui.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import de.globallokal.core.project.ActionProgramme;
import de.globallokal.core.project.FieldOfAction;
import de.globallokal.core.project.Objective;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.ProgrammeMeasure;
import de.globallokal.core.project.ProgressNote;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The joint action programme on the public project page: each field of action with its
 * objectives, each objective with its measures (who, when, how far, the latest note) and
 * its indicators against baseline and target as a table. Example figures say so.
 */
final class ProgrammeSection {

    private ProgrammeSection() {
    }

    static Component of(Component view, ActionProgramme programme, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        Div section = new Div(new H2(view.getTranslation("project.programme")));
        section.addClassName("gl-programme");
        for (FieldOfAction field : programme.fields()) {
            Div block = new Div(new H3(field.title().in(locale)));
            block.addClassName("gl-programme-field");
            Integer fieldProgress = programme.progressOf(field);
            if (fieldProgress != null) {
                block.add(ProjectView.progress(view, field.title().in(locale), fieldProgress));
            }
            for (Objective objective : field.objectives()) {
                block.add(new H4(objective.title().in(locale)));
                Integer objectiveProgress = programme.progressOf(objective);
                if (objectiveProgress != null) {
                    block.add(ProjectView.progress(view, objective.title().in(locale), objectiveProgress));
                }
                UnorderedList measures = new UnorderedList();
                measures.addClassName("gl-measures");
                objective.measures().forEach(measure -> measures.add(measure(view, programme, measure, dates, locale)));
                if (!objective.measures().isEmpty()) {
                    block.add(measures);
                }
                List<ProgrammeIndicator> indicators = programme.indicators()
                    .stream()
                    .filter(i -> objective.id().equals(i.objectiveId())
                            || objective.measures().stream().anyMatch(m -> m.id().equals(i.measureId())))
                    .toList();
                if (!indicators.isEmpty()) {
                    block.add(indicatorTable(view, indicators, dates, numbers, locale));
                }
            }
            section.add(block);
        }
        return section;
    }

    private static ListItem measure(Component view, ActionProgramme programme, ProgrammeMeasure measure,
            DateTimeFormatter dates, Locale locale) {
        Span status = new Span(view.getTranslation("project.status." + measure.status().name()));
        status.addClassName("gl-badge");
        ListItem item = new ListItem(new Span(measure.title().in(locale)), status,
                new Span(view.getTranslation("project.responsible." + measure.side())
                        + (measure.responsible() == null ? "" : " · " + measure.responsible())));
        if (measure.start() != null || measure.due() != null) {
            item.add(new Span(view.getTranslation("project.measure.when", date(measure.start(), dates),
                    date(measure.due(), dates))));
        }
        Integer progress = programme.progressOf(measure);
        if (progress != null) {
            item.add(ProjectView.progress(view, measure.title().in(locale), progress));
        }
        measure.latestNote().ifPresent(note -> item.add(note(view, note, dates, locale)));
        return item;
    }

    private static Paragraph note(Component view, ProgressNote note, DateTimeFormatter dates, Locale locale) {
        Paragraph text = new Paragraph(view.getTranslation("project.note", dates.format(note.date()),
                view.getTranslation("project.note.side." + note.side()), note.text().in(locale)));
        text.addClassName("gl-programme-note");
        return text;
    }

    /**
     * Each indicator's baseline, target and newest value: the figures a chart would show.
     */
    private static Component indicatorTable(Component view, List<ProgrammeIndicator> indicators,
            DateTimeFormatter dates, NumberFormat numbers, Locale locale) {
        Div box = new Div();
        box.addClassName("gl-indicators");
        Element table = new Element("table");
        table.setAttribute("class", "gl-indicator-table");
        Element head = new Element("tr");
        for (String key : List.of("project.indicator", "project.indicator.baseline", "project.indicator.target",
                "project.indicator.latest", "project.indicator.progress")) {
            head.appendChild(cell("th", view.getTranslation(key)));
        }
        table.appendChild(head);
        for (ProgrammeIndicator indicator : indicators) {
            String unit = indicator.unit() == null ? "" : " " + indicator.unit();
            Element row = new Element("tr");
            row.appendChild(
                    cell("td", indicator.name().in(locale)
                            + (indicator.examples() ? " (" + view.getTranslation("project.examples") + ")" : "")),
                    cell("td",
                            indicator.baseline() == null ? "–"
                                    : figure(indicator.baseline().value(), unit, numbers) + ", "
                                            + dates.format(indicator.baseline().date())),
                    cell("td",
                            indicator.target() == null ? "–"
                                    : figure(indicator.target().value(), unit, numbers) + ", "
                                            + dates.format(indicator.target().date())),
                    cell("td",
                            indicator.latest()
                                .map(r -> figure(r.value(), unit, numbers) + ", " + dates.format(r.date())
                                        + (r.source() == null ? "" : " (" + r.source() + ")"))
                                .orElse("–")),
                    cell("td", indicator.progress() == null ? "–" : indicator.progress() + " %"));
            table.appendChild(row);
        }
        box.getElement().appendChild(table);
        return box;
    }

    private static String figure(BigDecimal value, String unit, NumberFormat numbers) {
        return numbers.format(value) + unit;
    }

    private static String date(LocalDate date, DateTimeFormatter dates) {
        return date == null ? "…" : dates.format(date);
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        if ("th".equals(tag)) {
            cell.setAttribute("scope", "col");
        }
        cell.setText(text);
        return cell;
    }

}
