package de.globallokal.webui.editing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.core.project.ProjectInput;
import de.globallokal.webui.editing.Problem;
import jakarta.validation.Validation;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form writes the shape the services read, keeps what it does not show, checks with
 * the contract's constraints, and puts each complaint on its field.
 */
class JsonFormTests {

    private static final JsonForm.Settings SETTINGS = new JsonForm.Settings(ZoneId.of("Europe/Berlin"),
            List.of("de", "en", "fr", "cs"), Validation.buildDefaultValidatorFactory(), null);

    private JsonForm form;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new JsonForm(PartnershipInput.class, SETTINGS);
        form.text("partner.name", "Name");
        form.text("partner.country", "Country");
        form.number("partner.location.lat", "Lat");
        form.number("partner.location.lon", "Lon");
        form.localized("description", "Description", true);
        form.goals("sdgs", "Goals");
        form.rows("milestones", "Milestones", "Add", "Remove", row -> {
            row.integer("year", "Year");
            row.text("title.de", "Title");
        });
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void writesNestedPathsOverTheLoadedDocumentAndDropsWhatWasEmptied() {
        ObjectNode loaded = (ObjectNode) Json.strict().readTree("""
                {"partner":{"name":"Kongoussi","country":"BF","region":"Bam","location":{"lat":13.3,"lon":-1.5}},
                 "sdgs":[13,7],"image":{"url":"https://x/y.jpg"},
                 "milestones":[{"year":2013,"title":{"de":"Beginn","en":"Start"}}]}""");
        form.read(loaded);
        ((TextField) form.field("partner.name")).setValue("  Kongoussi (Bam)  ");
        ((NumberField) form.field("partner.location.lat")).clear();
        ((NumberField) form.field("partner.location.lon")).clear();
        ((IntegerField) form.row("milestones", 0).field("year")).setValue(2014);

        assertThat(form.validate()).isTrue();
        ObjectNode written = form.write(loaded);

        assertThat(written.at("/partner/name").asString()).isEqualTo("Kongoussi (Bam)");
        assertThat(written.at("/partner/region").asString()).as("not in the form, kept").isEqualTo("Bam");
        assertThat(written.at("/partner").has("location")).as("emptied object dropped").isFalse();
        assertThat(written.get("sdgs")).hasToString("[7,13]");
        assertThat(written.at("/image/url").asString()).isEqualTo("https://x/y.jpg");
        assertThat(written.at("/milestones/0/year").asInt()).isEqualTo(2014);
        assertThat(written.at("/milestones/0/title/en").asString()).as("a row keeps what its form does not show")
            .isEqualTo("Start");
        assertThat(loaded.at("/partner/location/lat").asDouble()).as("the loaded document is untouched")
            .isEqualTo(13.3);
    }

    @Test
    void keepsMoneyInMinorUnitsAndItsCurrency() {
        JsonForm project = new JsonForm(ProjectInput.class, SETTINGS);
        project.money("budget", "Budget");
        ObjectNode loaded = (ObjectNode) Json.strict().readTree("""
                {"budget":{"amountMinor":1250050,"currency":"XOF"}}""");
        project.read(loaded);
        ((NumberField) project.field("budget")).setValue(20000.10);

        ObjectNode written = project.write(loaded);

        assertThat(written.at("/budget/amountMinor").asLong()).isEqualTo(2000010);
        assertThat(written.at("/budget/currency").asString()).as("currency stays").isEqualTo("XOF");
    }

    @Test
    void theContractsConstraintsAreTheFormsRules() {
        assertThat(((TextField) form.field("partner.name")).isRequiredIndicatorVisible()).isTrue();
        assertThat(((TextField) form.field("partner.name")).getMaxLength()).isEqualTo(120);
        assertThat(((NumberField) form.field("partner.location.lat")).isRequiredIndicatorVisible())
            .as("the location is optional, so its latitude is")
            .isFalse();
        assertThat(((TextArea) form.field("description.de")).isRequiredIndicatorVisible()).isTrue();
        assertThat(((TextArea) form.field("description.en")).isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void aTypedValueIsCheckedAtOnceAndTheWholeDocumentBeforeItIsSent() {
        form.read(Json.strict().createObjectNode());
        ((NumberField) form.field("partner.location.lat")).setValue(91.0);

        assertThat(form.validate()).as("the typed latitude breaks its rule").isFalse();
        assertThat(((HasValidation) form.field("partner.location.lat")).isInvalid()).isTrue();

        ((NumberField) form.field("partner.location.lat")).setValue(13.3);
        assertThat(form.validate()).isTrue();
        List<Problem.FieldProblem> problems = form.check(form.write(Json.strict().createObjectNode()));

        assertThat(problems).extracting(Problem.FieldProblem::field)
            .as("lon is needed once lat is there")
            .containsExactly("description", "kind", "partner.country", "partner.location.lon", "partner.name",
                    "status");
        assertThat(form.show(problems)).as("kind and status have no field in this form")
            .contains("kind: must be given", "status: must be given");
        assertThat(((HasValidation) form.field("partner.name")).isInvalid()).as("partner lands on its fields").isTrue();
    }

    @Test
    void marksEachTranslationAsUncheckedOrNot() {
        form.read(Json.strict().readTree("""
                {"description":{"de":"Text","fr":"Texte","unreviewed":["fr"]}}"""));
        assertThat(((Checkbox) form.field("description.unreviewed.fr")).getValue()).isTrue();
        ((Checkbox) form.field("description.unreviewed.fr")).setValue(false);
        ((Checkbox) form.field("description.unreviewed.cs")).setValue(true);

        ObjectNode written = form.write(Json.strict().createObjectNode());

        assertThat(written.at("/description/unreviewed")).hasToString("[\"cs\"]");
        assertThat(form.paths()).contains("description.de", "description.en", "description.fr", "description.cs",
                "description.unreviewed", "milestones.year", "milestones.title.de");
    }

    @Test
    void aPathTheRecordDoesNotHaveIsRefusedWhenItIsBound() {
        assertThatThrownBy(() -> form.text("partner.nmae", "Name")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("PartnerMunicipality has no nmae");
    }

    @Test
    void putsEachServiceComplaintOnTheFieldOfItsPathAndReturnsTheRest() {
        form.read(Json.strict()
            .createObjectNode()
            .set("milestones",
                    Json.strict()
                        .createArrayNode()
                        .add(Json.strict().createObjectNode().put("year", 2000))
                        .add(Json.strict().createObjectNode().put("year", 2001))));

        List<String> unplaced = form
            .show(List.of(new Problem.FieldProblem("partner.location.lat", "must be less than or equal to 90"),
                    new Problem.FieldProblem("milestones[1].title", "must not be null"),
                    new Problem.FieldProblem("localContactIds[0]", "no such contact")));

        HasValidation lat = (HasValidation) form.field("partner.location.lat");
        assertThat(lat.isInvalid()).isTrue();
        assertThat(lat.getErrorMessage()).isEqualTo("must be less than or equal to 90");
        HasValidation title = (HasValidation) form.row("milestones", 1).field("title.de");
        assertThat(title.isInvalid()).as("nearest field holding the path").isTrue();
        assertThat(((HasValidation) form.row("milestones", 0).field("title.de")).isInvalid()).isFalse();
        assertThat(unplaced).containsExactly("localContactIds[0]: no such contact");
    }

}
