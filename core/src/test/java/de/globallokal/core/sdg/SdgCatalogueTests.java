package de.globallokal.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SdgCatalogueTests {

    @Test
    void holdsSeventeenNumberedGoalsWithColoursAndNamesInThreeLanguages() {
        assertThat(SdgCatalogue.all()).hasSize(17);
        assertThat(SdgCatalogue.all()).extracting(Sdg::number)
            .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(SdgCatalogue.all()).allSatisfy(goal -> {
            assertThat(goal.colour()).matches("#[0-9A-Fa-f]{6}");
            assertThat(goal.name().de()).isNotBlank();
            assertThat(goal.name().en()).isNotBlank();
            assertThat(goal.name().fr()).isNotBlank();
            assertThat(goal.targets()).isNotEmpty();
        });
        assertThat(SdgCatalogue.goal(13).orElseThrow().name().in(Locale.ENGLISH)).isEqualTo("Climate Action");
    }

    @Test
    void knowsWhichTargetBelongsToWhichGoal() {
        assertThat(SdgCatalogue.isTarget("13.1")).isTrue();
        assertThat(SdgCatalogue.isTarget("11.b")).isTrue();
        assertThat(SdgCatalogue.isTarget("13.z")).isFalse();
        assertThat(SdgCatalogue.isTarget("18.1")).isFalse();
        assertThat(SdgCatalogue.isTarget("x.1")).isFalse();
        assertThat(SdgCatalogue.isTarget("13")).isFalse();
    }

    @Test
    void goalNumbersOutsideOneToSeventeenAreNotGoals() {
        assertThat(SdgCatalogue.isGoal(0)).isFalse();
        assertThat(SdgCatalogue.isGoal(18)).isFalse();
        assertThat(SdgCatalogue.goal(18)).isEmpty();
    }

}
