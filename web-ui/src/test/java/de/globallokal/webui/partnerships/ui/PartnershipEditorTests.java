package de.globallokal.webui.partnerships.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.events.ui.StaffEventsView;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editors without the services (none answers in view tests): a rule broken in the
 * form stops the save before anything is sent; a service that is away is said so and
 * nothing typed is lost. Saving against the real services is in system-tests.
 */
class PartnershipEditorTests extends VaadinViewTest {

    @BeforeEach
    void signInAsEditor() {
        signInWithAccount("editor-" + UUID.randomUUID().toString().substring(0, 6), "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aNewPartnershipMissingItsRequiredFieldsIsNotSent() {
        UI.getCurrent().navigate("staff/partnerschaften/neu");

        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(status()).contains("Bitte die markierten Felder korrigieren");
        TextField name = _get(TextField.class, spec -> spec.withLabel("Partnerstadt"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).as("the contract's message, as the service says it")
            .isEqualTo("muss angegeben sein");
    }

    @Test
    void whenTheServiceIsAwayTheEditorSaysSoAndKeepsWhatWasTyped() {
        UI.getCurrent().navigate("staff/partnerschaften/neu");
        _get(TextField.class, spec -> spec.withLabel("Partnerstadt")).setValue("Kongoussi");
        _get(TextField.class, spec -> spec.withLabel("Land (ISO-Code)")).setValue("BF");
        _get(TextArea.class, spec -> spec.withLabel("Beschreibung (Deutsch)")).setValue("Klimapartnerschaft");

        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(status()).contains("nicht erreichbar").contains("Ihre Eingaben sind erhalten");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Partnerstadt")).getValue()).isEqualTo("Kongoussi");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beschreibung (Deutsch)")).getValue())
            .isEqualTo("Klimapartnerschaft");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
            .anyMatch(PartnershipEditor.class::isInstance);
    }

    @Test
    void aCountryCodeThatIsNotTwoCapitalLettersIsMarkedInTheForm() {
        UI.getCurrent().navigate("staff/partnerschaften/neu");
        TextField country = _get(TextField.class, spec -> spec.withLabel("Land (ISO-Code)"));

        country.setValue("Burkina");

        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).as("the message the service gives")
            .isEqualTo("muss ein zweistelliger Ländercode nach ISO 3166-1 sein, etwa DE oder FR");
    }

    @Test
    void leavingWithUnsavedInputAsksFirstAndStaysWhenTold() {
        UI.getCurrent().navigate("staff/partnerschaften/neu");
        _get(TextField.class, spec -> spec.withLabel("Partnerstadt")).setValue("Caerphilly");

        UI.getCurrent().navigate(StaffEventsView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as("still in the editor")
            .anyMatch(PartnershipEditor.class::isInstance);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as("left when told to discard")
            .anyMatch(StaffEventsView.class::isInstance);
    }

    @Test
    void leavingWithoutInputNeedsNoQuestion() {
        UI.getCurrent().navigate("staff/partnerschaften/neu");

        UI.getCurrent().navigate(StaffEventsView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
            .anyMatch(StaffEventsView.class::isInstance);
    }

    private static String status() {
        return _get(EditorView.class).getElement().getTextRecursively();
    }

}
