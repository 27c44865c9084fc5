package de.globallokal.webui.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import de.globallokal.core.json.Json;
import de.globallokal.webui.editing.Problem;
import de.globallokal.webui.editing.Problem.FieldProblem;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.projection.LiveFeed;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An editor page for one aggregate a service owns, at {@code <list>/<id>} or
 * {@code <list>/neu}. It loads the current version from the service, saves with
 * {@code If-Match}, and explains what came back: complaints on the fields, a stale
 * version with who changed it and a way to reload, a service that cannot be reached. What
 * was typed stays in the form on every error. After a save it says that the lists follow
 * once the change is projected, and when they have.
 */
public abstract class EditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String NEW = "neu";

    private final StaffApi api;

    private final LiveFeed feed;

    private final String staff;

    private final boolean admin;

    protected final Clock clock;

    protected final JsonForm form;

    private final H1 heading = new H1();

    private final Div status = new Div();

    private final Div conflict = new Div();

    private final Button save = new Button();

    private final Button delete = new Button();

    private final Button history = new Button();

    private String id;

    private long version;

    private ObjectNode loaded = Json.strict().createObjectNode();

    private Registration projected;

    /**
     * What an editor edits: the owning service, the collection's path in its API (such as
     * {@code /api/partnerships}), the aggregate type its change events name, the contract
     * record the service accepts on create and replace (the rest of its state is not sent
     * back), the paths of that record the editor leaves as they are, and the list page it
     * belongs to.
     */
    public record Target(Service service, String collection, String aggregateType, Class<? extends Record> input,
            Set<String> notEdited, Class<? extends Component> listView) {

        /** The top-level fields of the record, the ones sent. */
        public List<String> inputFields() {
            return Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName).toList();
        }
    }

    private final Target target;

    protected EditorView(EditorContext context, Target target) {
        this.clock = context.clock();
        this.form = new JsonForm(target.input(), context.formSettings());
        this.target = target;
        this.api = context.api();
        this.feed = context.feed();
        this.staff = context.authentication().getPrincipalName().orElseThrow();
        this.admin = context.authentication().hasRole("ADMIN");
        addClassName("gl-editor");
        status.addClassName("gl-result");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        conflict.addClassName("gl-conflict");
        conflict.setVisible(false);
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setText(getTranslation("editor.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        history.setText(getTranslation("editor.history"));
        history.addClickListener(click -> UI.getCurrent()
            .navigate(HistoryView.class,
                    new RouteParameters(Map.of("kind", target.collection().substring("/api/".length()), "id", id))));
        Div actions = new Div(save, history, delete);
        actions.addClassName("gl-actions");
        add(heading, status, conflict, form, actions);
    }

    /** The document a new aggregate starts from. */
    protected abstract ObjectNode defaults();

    /** How the loaded document is called in the heading. */
    protected abstract String nameOf(JsonNode document);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(asked)) {
            id = null;
            loaded = defaults();
            form.read(loaded);
        }
        else {
            id = asked;
            if (!load()) {
                return;
            }
        }
        heading.setText(id == null ? getTranslation("editor.new", getTranslation(titleKey())) : nameOf(loaded));
        history.setVisible(id != null);
        delete.setVisible(id != null && admin);
    }

    private boolean load() {
        Answer answer = api.get(target.service(), staff, target.collection() + "/" + id);
        if (!answer.ok()) {
            form.setVisible(false);
            save.setEnabled(false);
            say(answer.status() == 404 ? getTranslation("editor.not-found") : explain(answer.problem()));
            return false;
        }
        loaded = (ObjectNode) answer.body();
        version = answer.version() != null ? answer.version() : loaded.path("version").asLong();
        form.read(loaded);
        form.setVisible(true);
        save.setEnabled(true);
        conflict.setVisible(false);
        return true;
    }

    /** Translation key of the aggregate's name ("partnership"), for headings. */
    protected String titleKey() {
        return "editor.kind." + target.aggregateType();
    }

    void save() {
        conflict.setVisible(false);
        if (!form.validate()) {
            say(getTranslation("editor.invalid"));
            return;
        }
        ObjectNode body = form.write(input(loaded));
        List<FieldProblem> refused = form.check(body);
        if (!refused.isEmpty()) {
            say(getTranslation("editor.invalid"), form.show(refused));
            return;
        }
        Answer answer = id == null ? api.post(target.service(), staff, target.collection(), body)
                : api.put(target.service(), staff, target.collection() + "/" + id, body, version);
        if (answer.ok()) {
            saved(answer);
            return;
        }
        Problem problem = answer.problem();
        if (problem.conflict()) {
            showConflict(problem);
            return;
        }
        List<String> unplaced = form.show(problem.fields());
        say(explain(problem), unplaced);
    }

    private void saved(Answer answer) {
        loaded = (ObjectNode) answer.body();
        boolean created = id == null;
        id = loaded.path("id").asString();
        version = answer.version() != null ? answer.version() : loaded.path("version").asLong();
        form.read(loaded);
        heading.setText(nameOf(loaded));
        history.setVisible(true);
        delete.setVisible(admin);
        if (created) {
            // the address names the new entry, so a reload opens it instead of a blank
            // form
            String route = RouteConfiguration.forSessionScope().getUrl(getClass(), new RouteParameters("id", id));
            UI.getCurrent().getPage().getHistory().replaceState(null, route);
        }
        say(getTranslation("editor.saved", version));
        waitForProjection(version);
    }

    private void waitForProjection(long savedVersion) {
        if (projected != null) {
            projected.remove();
        }
        Paragraph waiting = new Paragraph(getTranslation("editor.projecting"));
        waiting.addClassName("gl-projecting");
        status.add(waiting);
        UI current = UI.getCurrent();
        projected = feed.onceApplied(target.aggregateType(), id, savedVersion, () -> current.access(() -> {
            waiting.setText(getTranslation("editor.projected"));
            waiting.addClassName("gl-projected");
        }));
    }

    private void showConflict(Problem problem) {
        conflict.removeAll();
        JsonNode last = lastChange();
        String who = last == null ? "?" : last.path("actor").asString("?");
        String when = last == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale())
                    .withZone(clock.getZone())
                    .format(Instant.parse(last.path("time").asString()));
        String fields = last == null ? ""
                : String.join(", ", Json.strict().convertValue(last.path("changedFields"), String[].class));
        Button reload = new Button(getTranslation("editor.conflict.reload"), click -> {
            if (load()) {
                say(getTranslation("editor.conflict.reloaded", version));
            }
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("editor.conflict.keep"), click -> conflict.setVisible(false));
        conflict.add(
                new Paragraph(getTranslation("editor.conflict", who, when, fields,
                        problem.currentVersion() == null ? "?" : problem.currentVersion())),
                new Paragraph(getTranslation("editor.conflict.kept")), reload, keep);
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(true);
        status.removeAll();
        conflict.scrollIntoView();
    }

    private JsonNode lastChange() {
        Answer history = api.get(target.service(), staff, target.collection() + "/" + id + "/history");
        JsonNode versions = history.body().path("data");
        return history.ok() && versions.size() > 0 ? versions.get(versions.size() - 1) : null;
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("editor.delete.title"),
                getTranslation("editor.delete.text", nameOf(loaded)), getTranslation("editor.delete"), confirmed -> {
                    Answer answer = api.delete(target.service(), staff, target.collection() + "/" + id, version);
                    if (answer.ok()) {
                        UI.getCurrent().navigate(target.listView());
                    }
                    else if (answer.problem().conflict()) {
                        showConflict(answer.problem());
                    }
                    else {
                        say(explain(answer.problem()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private String explain(Problem problem) {
        if (problem.unreachable()) {
            return getTranslation("editor.unreachable");
        }
        return switch (problem.status()) {
            case 400, 422 -> problem.fields().isEmpty() ? getTranslation("editor.refused", problem.detail())
                    : getTranslation("editor.refused.fields", problem.fields().size());
            case 403 -> getTranslation("editor.forbidden");
            case 409 -> getTranslation("editor.in-use", problem.detail());
            default -> getTranslation("editor.failed", problem.status(), problem.detail());
        };
    }

    private void say(String message) {
        say(message, List.of());
    }

    private void say(String message, List<String> details) {
        status.removeAll();
        status.add(new Paragraph(message));
        if (!details.isEmpty()) {
            UnorderedList list = new UnorderedList();
            details.forEach(detail -> list.add(new ListItem(detail)));
            status.add(list);
        }
        // the form is long; the answer to a save must not stay out of sight
        status.scrollIntoView();
    }

    private ObjectNode input(ObjectNode state) {
        ObjectNode body = Json.strict().createObjectNode();
        target.inputFields().forEach(field -> {
            if (state.has(field) && !state.get(field).isNull()) {
                body.set(field, state.get(field).deepCopy());
            }
        });
        return body;
    }

    /**
     * Leaving with unsaved input asks first: what was typed is only lost when the person
     * says so.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!form.isVisible() || !form.hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("editor.leave.title"),
                getTranslation("editor.leave.text"), getTranslation("editor.leave.discard"),
                confirmed -> leave.proceed());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.leave.stay"));
        dialog.open();
    }

    Target target() {
        return target;
    }

    /** The id of what is being edited; null for a new one not yet saved. */
    protected String id() {
        return id;
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (projected != null) {
            projected.remove();
            projected = null;
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("staff.brand");
    }

}
