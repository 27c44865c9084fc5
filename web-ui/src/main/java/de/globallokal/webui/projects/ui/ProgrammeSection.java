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
import de.globallokal.core.project.ActionProgramme;
import de.globallokal.core.project.FieldOfAction;
import de.globallokal.core.project.Objective;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.ProgrammeMeasure;
import de.globallokal.core.project.ProgressNote;
import de.globallokal.webui.base.ui.Attachments;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The joint action programme on the public project page: each field of action with its
 * objectives, each objective with its measures (who, when, how far, the latest note) and
 * its indicators as charts against baseline and target, each with its table. Example
 * figures say so.
 */
final class ProgrammeSection {

    private ProgrammeSection() {
    }

    static Component of(Component view, ActionProgramme programme, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
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
                List<ProgrammeIndicator> indicators = programme.indicatorsUnder(objective);
                if (!indicators.isEmpty()) {
                    Div charts = new Div();
                    charts.addClassName("gl-indicators");
                    indicators.forEach(indicator -> charts.add(ProgrammeChart.of(view, indicator, locale)));
                    block.add(charts);
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
        measure.attachments().forEach(attachment -> item.add(Attachments.of(view, attachment, locale)));
        measure.latestNote().ifPresent(note -> item.add(note(view, note, dates, locale)));
        return item;
    }

    private static Div note(Component view, ProgressNote note, DateTimeFormatter dates, Locale locale) {
        Paragraph text = new Paragraph(view.getTranslation("project.note", dates.format(note.date()),
                view.getTranslation("project.note.side." + note.side()), note.text().in(locale)));
        // a note written in another language and not yet translated says which it is
        String shown = note.text().in(locale);
        if (note.language() != null && !note.language().equals(locale.getLanguage())
                && shown.equals(note.text().de())) {
            text.getElement().setAttribute("lang", note.language());
        }
        Div block = new Div(text);
        block.addClassName("gl-programme-note");
        note.attachments().forEach(attachment -> block.add(Attachments.of(view, attachment, locale)));
        return block;
    }

    private static String date(LocalDate date, DateTimeFormatter dates) {
        return date == null ? "…" : dates.format(date);
    }

}
