package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.json.Json;
import de.globallokal.webui.events.SignupGateway;
import de.globallokal.webui.events.SignupRateLimit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sign-up form of one event. It checks what it can before sending (required fields,
 * the e-mail's shape, consent), shows the service's field errors on the fields, and never
 * empties what the person typed unless the sign-up went through.
 */
class SignupForm extends Section {

    private final TextField name = new TextField();

    private final EmailField email = new EmailField();

    private final TextField phone = new TextField();

    private final TextArea note = new TextArea();

    private final Checkbox consent = new Checkbox();

    private final Select<Occurrence> date = new Select<>();

    private final Paragraph result = new Paragraph();

    private final String eventId;

    private final String consentVersion;

    private final SignupGateway gateway;

    private final SignupRateLimit rateLimit;

    SignupForm(String eventId, List<Occurrence> open, Occurrence chosen, SignupGateway gateway,
            SignupRateLimit rateLimit, String consentVersion, Function<Occurrence, String> dateText) {
        this.eventId = eventId;
        this.gateway = gateway;
        this.rateLimit = rateLimit;
        this.consentVersion = consentVersion;
        addClassName("gl-signup");
        setId("anmeldung");
        H2 heading = new H2(getTranslation("signup.title"));
        name.setLabel(getTranslation("signup.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("signup.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("signup.email.invalid"));
        phone.setLabel(getTranslation("signup.phone"));
        phone.setMaxLength(40);
        note.setLabel(getTranslation("signup.note"));
        note.setMaxLength(500);
        consent.setLabel(getTranslation("signup.consent", consentVersion));
        consent.setRequiredIndicatorVisible(true);
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        result.addClassName("gl-result");
        Div fields = new Div();
        fields.addClassName("gl-form-fields");
        if (open.size() > 1) {
            date.setLabel(getTranslation("signup.date"));
            date.setItems(open);
            date.setItemLabelGenerator(dateText::apply);
            date.setValue(chosen != null && open.contains(chosen) ? chosen : open.get(0));
            fields.add(date);
        }
        fields.add(name, email, phone, note);
        Button send = new Button(getTranslation("signup.submit"), click -> submit());
        send.addClassName("gl-primary");
        add(heading, new Paragraph(getTranslation("signup.privacy")), fields, consent, send, result);
        if (open.size() == 1) {
            date.setItems(open);
            date.setValue(open.get(0));
        }
    }

    private void submit() {
        clearErrors();
        boolean ok = required(name) & required(email) & !email.isInvalid();
        if (!consent.getValue()) {
            consent.setInvalid(true);
            consent.setErrorMessage(getTranslation("signup.consent.missing"));
            ok = false;
        }
        if (!ok) {
            say(getTranslation("signup.fix"), false);
            return;
        }
        Duration wait = rateLimit.trySignUp(eventId, email.getValue());
        if (!wait.isZero()) {
            say(getTranslation("signup.too-many", Math.max(1, wait.toSeconds())), false);
            return;
        }
        ObjectNode body = Json.strict()
            .createObjectNode()
            .put("name", name.getValue().trim())
            .put("email", email.getValue().trim())
            .put("language", getLocale().getLanguage())
            .put("consent", true)
            .put("consentVersion", consentVersion);
        if (!phone.getValue().isBlank()) {
            body.put("phone", phone.getValue().trim());
        }
        if (!note.getValue().isBlank()) {
            body.put("note", note.getValue().trim());
        }
        if (date.getValue() != null) {
            body.put("occurrenceId", date.getValue().id());
        }
        SignupGateway.Answer answer = gateway.signUp(eventId, body);
        if (answer.ok()) {
            // the same for a new and a known address; seat or waitlist place the mail
            // tells
            say(getTranslation("signup.received", email.getValue().trim()), true);
            name.clear();
            email.clear();
            phone.clear();
            note.clear();
            consent.clear();
            clearErrors(); // emptied on purpose after a success: not a missing entry
            return;
        }
        showProblem(answer);
    }

    private void showProblem(SignupGateway.Answer answer) {
        switch (answer.status()) {
            case 409 -> say(getTranslation("signup.duplicate"), false);
            case 429 -> say(getTranslation("signup.too-many", 60), false);
            case 503 -> say(getTranslation("signup.unavailable"), false);
            case 404 -> say(getTranslation("signup.gone"), false);
            default -> {
                Map<String, HasValidation> fields = Map.of("name", name, "email", email, "phone", phone, "note", note);
                StringBuilder other = new StringBuilder();
                for (JsonNode error : answer.body().path("errors")) {
                    HasValidation field = fields.get(error.path("field").asString());
                    if (field != null) {
                        field.setInvalid(true);
                        field.setErrorMessage(error.path("message").asString());
                    }
                    else {
                        other.append(' ').append(error.path("message").asString());
                    }
                }
                say(getTranslation("signup.refused") + other, false);
            }
        }
    }

    private boolean required(TextFieldBase<?, String> field) {
        if (field.getValue().isBlank()) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("signup.required"));
            return false;
        }
        return true;
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(name, email, phone, note)) {
            field.setInvalid(false);
        }
        email.setErrorMessage(getTranslation("signup.email.invalid"));
        consent.setInvalid(false);
    }

    private void say(String text, boolean success) {
        result.setText(text);
        result.setClassName("gl-result-ok", success);
        result.setClassName("gl-result-error", !success);
    }

}
