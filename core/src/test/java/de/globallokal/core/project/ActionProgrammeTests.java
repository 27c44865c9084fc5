package de.globallokal.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.core.validation.ContractPaths;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress rolls up from indicators to measures, objectives and fields as weighted; the
 * programme's own rules name the field to fix.
 */
class ActionProgrammeTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static final String PROGRAMME = """
            {"fields":[{"id":"water","title":{"de":"Wasser"},"weight":3,"objectives":[
               {"id":"wells","title":{"de":"Brunnen"},"measures":[
                  {"id":"pumps","title":{"de":"Solarpumpen"},"side":"PARTNER","status":"RUNNING","weight":3},
                  {"id":"training","title":{"de":"Schulung"},"side":"JOINT","status":"RUNNING","progress":100}]},
               {"id":"soil","title":{"de":"Boden"},"measures":[]}]},
             {"id":"energy","title":{"de":"Energie"},"objectives":[
               {"id":"light","title":{"de":"Licht"},"measures":[
                  {"id":"lamps","title":{"de":"Lampen"},"side":"LOCAL","status":"PLANNED","start":"2026-03-01","due":"2026-12-31"}]}]}],
             "indicators":[
               {"id":"pumps-running","name":{"de":"Pumpen in Betrieb"},"unit":"Pumpen","measureId":"pumps",
                "baseline":{"value":2,"date":"2025-01-01"},"target":{"value":12,"date":"2027-12-31"},
                "values":[{"date":"2026-06-30","value":7,"source":"Wasseramt"},{"date":"2025-12-31","value":4}]},
               {"id":"bare-land","name":{"de":"Kahle Fläche"},"unit":"ha","objectiveId":"soil",
                "baseline":{"value":100,"date":"2025-01-01"},"target":{"value":60,"date":"2027-12-31"},
                "values":[{"date":"2026-06-30","value":90}]}]}""";

    @Test
    void progressComesFromTheNewestReadingAndRollsUpWeighted() throws Exception {
        ActionProgramme programme = Json.strict().readValue(PROGRAMME, ActionProgramme.class);
        ProgrammeMeasure pumps = programme.fields().get(0).objectives().get(0).measures().get(0);
        ProgrammeMeasure training = programme.fields().get(0).objectives().get(0).measures().get(1);
        Objective wells = programme.fields().get(0).objectives().get(0);
        Objective soil = programme.fields().get(0).objectives().get(1);

        // 2 → 12, the newest reading 7: half way
        assertThat(programme.progressOf(pumps)).isEqualTo(50);
        assertThat(programme.progressOf(training)).as("entered").isEqualTo(100);
        // (50 × 3 + 100 × 1) / 4
        assertThat(programme.progressOf(wells)).isEqualTo(63);
        // a target below the baseline counts the way down: 100 → 60 ha, now 90
        assertThat(programme.progressOf(soil)).as("from its own indicator").isEqualTo(25);
        assertThat(programme.progressOf(programme.fields().get(0))).isEqualTo(44);
        assertThat(programme.progressOf(programme.fields().get(1))).as("nothing says").isNull();
        assertThat(programme.progress()).as("only the field that says counts").isEqualTo(44);
        assertThat(programme.indicators().get(0).latest().orElseThrow().source()).isEqualTo("Wasseramt");
    }

    @Test
    void everyBrokenRuleIsReportedOnTheFieldToFix() throws Exception {
        String broken = PROGRAMME.replace("\"id\":\"training\"", "\"id\":\"pumps\"")
            .replace("\"due\":\"2026-12-31\"", "\"due\":\"2026-01-31\"")
            .replace("\"objectiveId\":\"soil\"", "\"objectiveId\":\"rain\"")
            .replace("\"measureId\":\"pumps\"", "\"measureId\":\"pumps\",\"objectiveId\":\"wells\"");
        ActionProgramme programme = Json.strict().readValue(broken, ActionProgramme.class);

        List<String> paths = validator.validate(programme).stream().map(ContractPaths::of).sorted().toList();

        assertThat(paths).containsExactly("fields[0].objectives[0].measures[1].id",
                "fields[1].objectives[0].measures[0].due", "indicators[0].objectiveId", "indicators[1].objectiveId");
        assertThat(validator.validate(Json.strict().readValue(PROGRAMME, ActionProgramme.class))).isEmpty();
    }

}
