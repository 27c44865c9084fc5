package de.globallokal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.core.validation.ReaderLanguage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ConsistentEventTests {

    private static final String TALK = """
            {"title":{"de":"Vortrag"},"start":"2027-03-16T19:00","end":"2027-03-16T21:00",
             "category":"TALK","status":"PUBLISHED"}""";

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aPlainTalkKeepsEveryRule() {
        assertThat(problems(TALK)).isEmpty();
    }

    @Test
    void eachBrokenRuleIsReportedOnTheFieldToFix() {
        assertThat(problems(TALK, """
                {"end":"2027-03-16T18:00","zone":"Mars/Olympus","status":"CANCELLED",
                 "registration":{"capacity":10,"closes":"2027-03-17T12:00"}}""")).containsOnlyKeys("end", "zone",
                "statusNote", "registration.closes");
        assertThat(problems(TALK, """
                {"status":"SCHEDULED"}""")).containsOnlyKeys("publishAt");
    }

    @Test
    void aChangedDateOfASeriesIsNamedByItsIndex() {
        assertThat(problems(TALK, """
                {"recurrence":{"rule":"FREQ=WEEKLY;COUNT=3"},"occurrenceChanges":[
                  {"date":"2027-03-23","start":"2027-03-23T19:00","end":"2027-03-23T20:00"},
                  {"date":"2027-03-30","start":"2027-03-30T19:00","end":"2027-03-30T18:00"}]}"""))
            .containsOnlyKeys("occurrenceChanges[1].end");
        assertThat(problems(TALK, """
                {"occurrenceChanges":[{"date":"2027-03-23","cancelled":true}]}"""))
            .containsOnlyKeys("occurrenceChanges");
    }

    @Test
    void theMessagesSpeakTheReadersLanguage() {
        Validator german = ReaderLanguage.validator(Validation.buildDefaultValidatorFactory(), Locale.GERMAN);
        ConstraintViolation<EventInput> violation = german.validate(input(TALK, """
                {"end":"2027-03-16T18:00"}""")).iterator().next();

        assertThat(violation.getMessage()).isEqualTo("muss nach dem Beginn liegen");
    }

    private Map<String, String> problems(String json, String... overrides) {
        Map<String, String> problems = new TreeMap<>();
        validator.validate(input(json, overrides))
            .forEach(v -> problems.put(v.getPropertyPath().toString(), v.getMessage()));
        return problems;
    }

    private static EventInput input(String json, String... overrides) {
        ObjectNode document = (ObjectNode) Json.strict().readTree(json);
        for (String override : overrides) {
            document.setAll((ObjectNode) Json.strict().readTree(override));
        }
        return Json.strict().treeToValue(document, EventInput.class);
    }

}
