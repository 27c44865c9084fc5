package de.globallokal.support.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivergenceTests {

    @Test
    void aCopyEqualToItsOwnerHasNoDifferences() {
        List<AggregateVersion> state = List.of(new AggregateVersion("a", 3, false), new AggregateVersion("b", 2, true));

        assertThat(Divergence.between("partnership", state, List.copyOf(state)).none()).isTrue();
    }

    @Test
    void missingExtraBehindAndUndeletedAreNamed() {
        Divergence divergence = Divergence.between("partnership",
                List.of(new AggregateVersion("a", 3, false), new AggregateVersion("b", 2, true),
                        new AggregateVersion("c", 1, false), new AggregateVersion("e", 4, false)),
                List.of(new AggregateVersion("a", 2, false), new AggregateVersion("b", 2, false),
                        new AggregateVersion("d", 1, false), new AggregateVersion("e", 4, false)));

        assertThat(divergence.differences()).extracting(Divergence.Difference::id).containsExactly("a", "b", "c", "d");
        assertThat(divergence.owned()).isEqualTo(4);
        assertThat(divergence.copied()).isEqualTo(4);
        assertThat(divergence.differences().get(2).copy()).isNull();
        assertThat(divergence.differences().get(3).owner()).isNull();
    }

}
