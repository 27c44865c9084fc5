package de.globallokal.core.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.core.project.Money;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcurementFiguresTests {

    private static final ProductGroup COFFEE = new ProductGroup("g", "coffee-tea", LocalizedText.de("Kaffee"), null,
            List.of(new ProcurementTarget(2025, 60, null), new ProcurementTarget(2027, 100, null)), false,
            Instant.EPOCH, Instant.EPOCH);

    @Test
    void theShareOfAGroupAndYearAddsEveryDepartment() {
        List<Share> shares = ProcurementFigures.byGroupAndYear(List.of(COFFEE),
                List.of(purchase("Hauptamt", 2025, 1000, 700), purchase("Schulamt", 2025, 1000, 400),
                        purchase("Hauptamt", 2026, 500, 500)));

        assertThat(shares).extracting(Share::year, Share::total, Share::certified, Share::percent, Share::target)
            .containsExactly(tuple(2025, 2000L, 1100L, 55.0, 60), tuple(2026, 500L, 500L, 100.0, 60));
        assertThat(shares.get(0).targetMet()).contains(false);
        assertThat(shares.get(1).targetMet()).contains(true);
    }

    @Test
    void eachDepartmentHasItsOwnShare() {
        List<Share> shares = ProcurementFigures.byDepartment(List.of(COFFEE),
                List.of(purchase("Hauptamt", 2025, 1000, 700), purchase("Schulamt", 2025, 1000, 400)));

        assertThat(shares).extracting(Share::department, Share::percent)
            .containsExactly(tuple("Hauptamt", 70.0), tuple("Schulamt", 40.0));
    }

    @Test
    void aYearBeforeAnyTargetHasNone() {
        Share share = ProcurementFigures.byGroupAndYear(List.of(COFFEE), List.of(purchase("Hauptamt", 2024, 0, 0)))
            .getFirst();

        assertThat(share.target()).isNull();
        assertThat(share.targetMet()).isEmpty();
        assertThat(share.percent()).isZero();
    }

    private static PurchaseRecord purchase(String department, int year, long total, long certified) {
        return new PurchaseRecord(department + year, department, year, "coffee-tea", new Money(total, "EUR"),
                new Money(certified, "EUR"), List.of(), false, true, Instant.EPOCH, Instant.EPOCH);
    }

}
