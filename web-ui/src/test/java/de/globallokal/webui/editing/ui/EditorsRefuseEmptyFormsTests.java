package de.globallokal.webui.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import de.globallokal.webui.base.VaadinViewTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every editor's new form names its required fields and refuses to send without them; a
 * field the service would refuse is marked before anything is sent.
 */
class EditorsRefuseEmptyFormsTests extends VaadinViewTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "staff/partnerschaften/neu, Partnerstadt, Partnerschaft anlegen",
            "staff/projekte/neu, Titel (Deutsch), Projekt anlegen", "staff/akteure/neu, Name, Akteur anlegen",
            "staff/kontakte/neu, Stelle, Kontakt anlegen",
            "staff/veranstaltungen/neu, Titel (Deutsch), Veranstaltung anlegen",
            "staff/einkaeufe/neu, Amt, Einkauf anlegen", "staff/presse/neu, Medium, Pressebericht anlegen" })
    void aNewEntryWithoutItsRequiredFieldsIsNotSent(String route, String requiredLabel, String heading) {
        signInWithAccount("editor-" + UUID.randomUUID().toString().substring(0, 6), "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(route);
        EditorView editor = _get(EditorView.class);
        assertThat(editor.getPageTitle()).startsWith(heading);

        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(editor.getElement().getTextRecursively()).contains("Es wurde nichts gespeichert");
        TextField required = _get(TextField.class, spec -> spec.withLabel(requiredLabel));
        assertThat(required.isRequiredIndicatorVisible()).isTrue();
        assertThat(required.isInvalid()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Löschen"))).as("nothing to delete yet")
            .allMatch(button -> !button.isVisible());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "staff/akteure/neu, E-Mail, kein-at-zeichen", "staff/akteure/neu, Webseite, www.ohne-schema.de",
            "staff/kontakte/neu, Telefon, abc", "staff/veranstaltungen/neu, Online-Adresse, ftp://nicht-http" })
    void aValueTheServiceWouldRefuseIsMarkedAtOnce(String route, String label, String value) {
        signInWithAccount("editor-" + UUID.randomUUID().toString().substring(0, 6), "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(route);

        TextField field = _get(TextField.class, spec -> spec.withLabel(label));
        field.setValue(value);

        assertThat(((HasValidation) field).isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
    }

}
