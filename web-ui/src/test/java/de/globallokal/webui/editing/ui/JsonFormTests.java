package de.globallokal.webui.editing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import de.globallokal.core.json.Json;
import de.globallokal.webui.editing.Problem;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The form writes the shape the services read, keeps what it does not show, and puts a service's complaints on its fields. */
class JsonFormTests {

    private JsonForm form;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new JsonForm(ZoneId.of("Europe/Berlin"));
        form.text("partner.name", "Name", Rules.required());
        form.number("partner.location.lat", "Lat", Rules.between(-90, 90));
        form.number("partner.location.lon", "Lon", Rules.between(-180, 180));
        form.money("budget", "Budget");
        form.goals("sdgs", "Goals");
        form.rows("milestones", "Milestones", "Add", "Remove", row -> {
            row.integer("year", "Year", Rules.required());
            row.text("title.de", "Title", Rules.required());
        });
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void writesNestedPathsOverTheLoadedDocumentAndDropsWhatWasEmptied() throws Exception {
        ObjectNode loaded = (ObjectNode) Json.strict().readTree("""
                {"partner":{"name":"Kongoussi","country":"BF","location":{"lat":13.3,"lon":-1.5}},
                 "budget":{"amountMinor":1250050,"currency":"XOF"},"sdgs":[13,7],"image":{"url":"https://x/y.jpg"},
                 "milestones":[{"year":2013,"title":{"de":"Beginn","en":"Start"}}]}""");
        form.read(loaded);
        ((TextField) form.field("partner.name")).setValue("  Kongoussi (Bam)  ");
        ((NumberField) form.field("partner.location.lat")).clear();
        ((NumberField) form.field("partner.location.lon")).clear();
        ((NumberField) form.field("budget")).setValue(20000.10);
        ((IntegerField) form.row("milestones", 0).field("year")).setValue(2014);

        assertThat(form.validate()).isTrue();
        ObjectNode written = form.write(loaded);

        assertThat(written.at("/partner/name").asString()).isEqualTo("Kongoussi (Bam)");
        assertThat(written.at("/partner/country").asString()).as("not in the form, kept").isEqualTo("BF");
        assertThat(written.at("/partner").has("location")).as("emptied object dropped").isFalse();
        assertThat(written.at("/budget/amountMinor").asLong()).isEqualTo(2000010);
        assertThat(written.at("/budget/currency").asString()).as("currency stays").isEqualTo("XOF");
        assertThat(written.get("sdgs")).hasToString("[7,13]");
        assertThat(written.at("/image/url").asString()).isEqualTo("https://x/y.jpg");
        assertThat(written.at("/milestones/0/year").asInt()).isEqualTo(2014);
        assertThat(written.at("/milestones/0/title/en").asString()).as("a row keeps what its form does not show")
                .isEqualTo("Start");
        assertThat(loaded.at("/partner/location/lat").asDouble()).as("the loaded document is untouched").isEqualTo(13.3);
    }

    @Test
    void refusesWhatBreaksARuleBeforeAnythingIsSent() {
        form.read(Json.strict().createObjectNode());
        ((NumberField) form.field("partner.location.lat")).setValue(91.0);

        assertThat(form.validate()).isFalse();
        assertThat(((HasValidation) form.field("partner.name")).isInvalid()).isTrue();
        assertThat(((HasValidation) form.field("partner.location.lat")).isInvalid()).isTrue();
    }

    @Test
    void putsEachServiceComplaintOnTheFieldOfItsPathAndReturnsTheRest() {
        form.read(Json.strict().createObjectNode().set("milestones", Json.strict().createArrayNode()
                .add(Json.strict().createObjectNode().put("year", 2000))
                .add(Json.strict().createObjectNode().put("year", 2001))));

        List<String> unplaced = form.show(List.of(
                new Problem.FieldProblem("partner.location.lat", "must be less than or equal to 90"),
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
