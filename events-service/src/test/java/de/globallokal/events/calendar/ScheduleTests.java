package de.globallokal.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.OccurrenceChange;
import de.globallokal.core.calendar.Recurrence;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.support.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDateTime TUESDAY_15H = LocalDateTime.of(2027, 3, 16, 15, 0);

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
        List<Occurrence> dates = Schedule.occurrences("e1", TUESDAY_15H, TUESDAY_15H.plusHours(2), BERLIN,
                new Recurrence("FREQ=WEEKLY;COUNT=3", null), List.of());

        assertThat(dates).extracting(o -> o.start().toLocalTime().getHour()).containsExactly(15, 15, 15);
        assertThat(dates).extracting(o -> o.start().getOffset())
            // clocks change on 28 March 2027
            .containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
        assertThat(dates).extracting(Occurrence::id).containsExactly("e1-20270316", "e1-20270323", "e1-20270330");
        assertThat(dates.get(1).end().toLocalTime().getHour()).isEqualTo(17);
    }

    @Test
    void exceptionsVanishAndAChangedDateKeepsItsId() {
        OccurrenceChange moved = new OccurrenceChange(LocalDate.of(2027, 3, 30), LocalDateTime.of(2027, 3, 31, 18, 0),
                null, false, LocalizedText.de("Einen Tag später"));
        List<Occurrence> dates = Schedule.occurrences("e1", TUESDAY_15H, TUESDAY_15H.plusHours(2), BERLIN,
                new Recurrence("FREQ=WEEKLY;COUNT=4", List.of(LocalDate.of(2027, 3, 23))), List.of(moved));

        assertThat(dates).extracting(Occurrence::id).containsExactly("e1-20270316", "e1-20270330", "e1-20270406");
        assertThat(dates.get(1).start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 31, 18, 0));
        assertThat(dates.get(1).end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 31, 20, 0));
        assertThat(dates.get(1).note().de()).isEqualTo("Einen Tag später");
    }

    @Test
    void aMonthlySeriesEndsAtItsUntilDate() {
        List<Occurrence> dates = Schedule.occurrences("e2", TUESDAY_15H, TUESDAY_15H.plusHours(1), BERLIN,
                new Recurrence("FREQ=MONTHLY;UNTIL=20270620", null), List.of());

        assertThat(dates).extracting(o -> o.start().toLocalDate())
            .containsExactly(LocalDate.of(2027, 3, 16), LocalDate.of(2027, 4, 16), LocalDate.of(2027, 5, 16),
                    LocalDate.of(2027, 6, 16));
    }

    @Test
    void aSingleEventHasOneOccurrenceWithTheEventsId() {
        List<Occurrence> dates = Schedule.occurrences("e3", TUESDAY_15H, TUESDAY_15H.plusHours(1), BERLIN, null,
                List.of());

        assertThat(dates).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo("e3"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "FREQ=WEEKLY", "FREQ=DAILY;COUNT=3", "NONSENSE", "FREQ=WEEKLY;COUNT=500" })
    void rulesThatDoNotEndAreNotWeeklyOrMonthlyOrTooLongAreRefused(String rule) {
        assertThatThrownBy(() -> Schedule.occurrences("e4", TUESDAY_15H, TUESDAY_15H.plusHours(1), BERLIN,
                new Recurrence(rule, null), List.of()))
            .isInstanceOf(InvalidRequestException.class)
            .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                .allMatch(error -> error.field().equals("recurrence.rule")));
    }

}
