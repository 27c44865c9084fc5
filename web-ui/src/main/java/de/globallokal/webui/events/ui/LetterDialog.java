package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import de.globallokal.core.calendar.RegistrantLetter;
import de.globallokal.core.json.Json;
import de.globallokal.webui.editing.Problem.FieldProblem;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.JsonForm;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff write to everyone registered for one date. The letter gets its id when the dialog
 * opens, so pressing send again after an error reaches only who it missed.
 */
class LetterDialog extends Dialog {

    private final String letterId = UUID.randomUUID().toString();

    private final JsonForm form;

    private final Paragraph problem = new Paragraph();

    LetterDialog(EditorContext context, String staff, String eventId, String occurrenceId, String dateText,
            Consumer<String> done) {
        setHeaderTitle(getTranslation("staff.letter.title", dateText));
        form = new JsonForm(RegistrantLetter.class, context.formSettings());
        form.text("subject", getTranslation("staff.letter.subject"));
        form.area("text", getTranslation("staff.letter.text"));
        form.flag("waitlistToo", getTranslation("staff.letter.waitlist"));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("staff.letter.explain")), form, problem);
        Button send = new Button(getTranslation("staff.letter.send"), click -> {
            ObjectNode letter = form.write(Json.strict().createObjectNode()).put("occurrenceId", occurrenceId);
            List<FieldProblem> problems = form.check(letter);
            if (!problems.isEmpty()) {
                problem.setText(String.join(" ", form.show(problems)));
                return;
            }
            Answer answer = context.api()
                .put(StaffApi.Service.EVENTS, staff, "/api/events/" + eventId + "/letters/" + letterId, letter);
            if (!answer.ok()) {
                List<String> unplaced = form.show(answer.problem().fields());
                problem.setText(answer.body().path("detail").asString(getTranslation("staff.registrations.failed"))
                        + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
                return;
            }
            close();
            done.accept(getTranslation("staff.letter.sent", answer.body().path("recipients").asInt()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("editor.cancel"), click -> close()), send);
    }

}
