package de.globallokal.webui.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.globallokal.core.json.Json;
import de.globallokal.core.project.ActionProgramme;
import de.globallokal.core.project.FieldOfAction;
import de.globallokal.core.project.MeasureWork;
import de.globallokal.core.project.NoteInput;
import de.globallokal.core.project.Objective;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.ProgrammeMeasure;
import de.globallokal.core.project.Project;
import de.globallokal.core.project.ProjectStatus;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.base.ui.StaffPage;
import de.globallokal.webui.base.ui.Uploads;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.files.FileStore;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.security.PartnerScopes;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Where both cities report on a joint action programme: per measure its state and
 * progress, a dated note with a photo or document, and new values of its indicators. A
 * partner municipality's colleague sees only their partnership's projects; the service
 * checks that again on every write. Texts are written in the writer's language.
 */
@Route(value = "staff/programm", layout = StaffLayout.class)
@Menu(title = "staff.nav.programme", order = 3.5)
@RolesAllowed({ "PARTNER", "EDITOR", "ADMIN" })
public class ProgrammeWorkView extends StaffPage {

    private final EditorContext context;

    private final FileStore files;

    private final String staff;

    private final Select<Project> chooser = new Select<>();

    private final Div measures = new Div();

    private final Paragraph status = new Paragraph();

    /** The measure being worked on stays open when the page shows the saved state. */
    private String openMeasure;

    ProgrammeWorkView(ProjectReadModel projects, PartnerScopes scopes, EditorContext context, FileStore files) {
        super("staff.nav.programme");
        this.context = context;
        this.files = files;
        this.staff = context.authentication().getPrincipalName().orElseThrow();
        addClassName("gl-programme-work");
        // a partner sees the projects of their partnership; the office's staff all
        Optional<String> own = scopes.partnershipIdOf(staff);
        List<Project> withProgramme = projects.current()
            .stream()
            .map(e -> e.state())
            .filter(p -> p.programme() != null && !p.programme().fields().isEmpty())
            .filter(p -> own.isEmpty() || own.get().equals(p.partnershipId()))
            .sorted(Comparator.comparing(p -> p.title().in(getLocale())))
            .toList();
        chooser.setLabel(getTranslation("staff.programme.project"));
        chooser.setItems(withProgramme);
        chooser.setItemLabelGenerator(p -> p.title().in(getLocale()));
        chooser.setWidthFull();
        chooser.addValueChangeListener(change -> show(change.getValue()));
        status.getElement().setAttribute("role", "status");
        status.addClassName("gl-result");
        add(new H1(getTranslation("staff.nav.programme")), new Paragraph(getTranslation("staff.programme.intro")),
                chooser, status, measures);
        if (withProgramme.isEmpty()) {
            measures.add(new Paragraph(getTranslation("staff.programme.none")));
        }
        withProgramme.stream().findFirst().ifPresent(chooser::setValue);
    }

    private void show(Project project) {
        measures.removeAll();
        if (project == null) {
            return;
        }
        Locale locale = getLocale();
        ActionProgramme programme = project.programme();
        for (FieldOfAction field : programme.fields()) {
            measures.add(new H2(field.title().in(locale)));
            for (Objective objective : field.objectives()) {
                measures.add(new H3(objective.title().in(locale)));
                for (ProgrammeMeasure measure : objective.measures()) {
                    measures.add(measure(project, measure));
                }
            }
        }
    }

    private Details measure(Project project, ProgrammeMeasure measure) {
        Locale locale = getLocale();
        ActionProgramme programme = project.programme();
        Integer progress = programme.progressOf(measure);
        Span summary = new Span(
                measure.title().in(locale) + " · " + getTranslation("project.status." + measure.status().name())
                        + (progress == null ? "" : " · " + progress + " %"));
        Div body = new Div(work(project, measure), note(project, measure));
        programme.indicatorsOf(measure.id()).forEach(indicator -> body.add(reading(project, indicator)));
        body.addClassName("gl-programme-work-measure");
        summary.addClassName("gl-programme-work-summary");
        Details details = new Details(summary, body);
        details.addClassName("gl-card");
        details.setOpened(measure.id().equals(openMeasure));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                openMeasure = measure.id();
            }
        });
        measure.latestNote()
            .ifPresent(n -> body.addComponentAsFirst(new Paragraph(getTranslation("staff.programme.latest",
                    dates().format(n.date()), n.author(), n.text().in(locale)))));
        return details;
    }

    /** Status and progress, as the measure's people see it. */
    private Component work(Project project, ProgrammeMeasure measure) {
        Select<ProjectStatus> state = new Select<>();
        state.setLabel(getTranslation("staff.programme.status"));
        state.setItems(ProjectStatus.values());
        state.setItemLabelGenerator(s -> getTranslation("project.status." + s.name()));
        state.setValue(measure.status());
        IntegerField progress = new IntegerField(getTranslation("staff.programme.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setSuffixComponent(new Span("%"));
        progress.setValue(measure.progress());
        progress.setHelperText(getTranslation("staff.programme.progress.help"));
        Button save = new Button(getTranslation("staff.programme.work.save"),
                click -> send(project, "/measures/" + measure.id() + "/work",
                        Json.strict().valueToTree(new MeasureWork(state.getValue(), progress.getValue()))));
        Div form = new Div(state, progress, save);
        form.addClassName("gl-form-fields");
        return form;
    }

    /** A dated note in the writer's language, with at most one file and what it shows. */
    private Component note(Project project, ProgrammeMeasure measure) {
        DatePicker date = new DatePicker(getTranslation("staff.programme.note.date"), LocalDate.now(context.clock()));
        date.setLocale(getLocale());
        TextArea text = new TextArea(getTranslation("staff.programme.note.text"));
        text.setMaxLength(LocalizedText.MAX_LENGTH);
        text.setWidthFull();
        TextField alt = new TextField(getTranslation("staff.programme.note.alt"));
        alt.setHelperText(getTranslation("staff.programme.note.alt.help"));
        alt.setWidthFull();
        List<FileStore.StoredFile> kept = new ArrayList<>();
        Span upload = new Span();
        Upload picker = Uploads.intoStore(this, files, "staff.programme.note.file", Attachment.TYPES, file -> {
            kept.clear();
            kept.add(file);
            upload.setText(getTranslation("staff.programme.note.file.kept", file.name()));
        }, upload::setText);
        picker.setMaxFiles(1);
        upload.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("staff.programme.note.save"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("staff.programme.note.text.required"));
                text.setInvalid(true);
                return;
            }
            if (!kept.isEmpty() && alt.getValue().isBlank()) {
                alt.setErrorMessage(getTranslation("staff.programme.note.alt.required"));
                alt.setInvalid(true);
                return;
            }
            text.setInvalid(false);
            alt.setInvalid(false);
            List<Attachment> attachments = kept.stream()
                .map(f -> new Attachment(f.url(), f.type(), f.name(), f.size(), written(alt.getValue()), null))
                .toList();
            NoteInput note = new NoteInput("n-" + UUID.randomUUID().toString().substring(0, 8), date.getValue(),
                    written(text.getValue()), attachments, language());
            if (send(project, "/measures/" + measure.id() + "/notes", Json.strict().valueToTree(note))) {
                text.clear();
                alt.clear();
                kept.clear();
                picker.clearFileList();
                upload.setText("");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("staff.programme.note")), date, text, picker, upload, alt, save);
        form.addClassName("gl-programme-work-note");
        return form;
    }

    /** A new value of an indicator, with where it comes from. */
    private Component reading(Project project, ProgrammeIndicator indicator) {
        Locale locale = getLocale();
        DatePicker date = new DatePicker(getTranslation("staff.programme.reading.date"),
                LocalDate.now(context.clock()));
        date.setLocale(locale);
        BigDecimalField value = new BigDecimalField(getTranslation("staff.programme.reading.value"));
        if (indicator.unit() != null) {
            value.setSuffixComponent(new Span(indicator.unit()));
        }
        TextField source = new TextField(getTranslation("staff.programme.reading.source"));
        source.setMaxLength(200);
        Button save = new Button(getTranslation("staff.programme.reading.save"), click -> {
            if (value.getValue() == null || date.getValue() == null) {
                value.setErrorMessage(getTranslation("staff.programme.reading.required"));
                value.setInvalid(true);
                return;
            }
            value.setInvalid(false);
            if (send(project, "/indicators/" + indicator.id() + "/readings",
                    Json.strict()
                        .valueToTree(new ProgrammeIndicator.Reading(date.getValue(), value.getValue(),
                                source.getValue().isBlank() ? null : source.getValue().strip())))) {
                value.clear();
            }
        });
        String latest = indicator.latest()
            .map(r -> getTranslation("staff.programme.reading.latest", r.value().toPlainString(),
                    dates().format(r.date())))
            .orElse("");
        Div form = new Div(new H3(indicator.name().in(locale)), new Paragraph(latest), date, value, source, save);
        form.addClassName("gl-programme-work-reading");
        return form;
    }

    /**
     * Sends one report; on success shows the programme as the service now holds it.
     */
    private boolean send(Project project, String path, JsonNode body) {
        String address = "/api/projects/" + project.id() + "/programme" + path;
        // the state of a measure is put in its place; notes and values are added
        Answer answer = path.endsWith("/work") ? context.api().put(StaffApi.Service.PARTNERSHIPS, staff, address, body)
                : context.api().post(StaffApi.Service.PARTNERSHIPS, staff, address, body);
        if (!answer.ok()) {
            status.setText(answer.problem().detail() == null ? getTranslation("staff.programme.failed")
                    : answer.problem().detail());
            return false;
        }
        Project now = Json.tolerant().treeToValue(answer.body(), Project.class);
        status.setText(getTranslation("staff.programme.saved"));
        show(now);
        return true;
    }

    private DateTimeFormatter dates() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    }

    /** A text in the writer's language; German is the base every page falls back to. */
    private LocalizedText written(String text) {
        String value = text.strip();
        return switch (language() == null ? "de" : language()) {
            case "fr" -> new LocalizedText(value, null, value, null);
            case "en" -> new LocalizedText(value, value, null, null);
            default -> new LocalizedText(value, null, null, null);
        };
    }

    /** The language the writer works in, where it is not German. */
    private String language() {
        String language = getLocale().getLanguage();
        return "fr".equals(language) || "en".equals(language) ? language : null;
    }

}
