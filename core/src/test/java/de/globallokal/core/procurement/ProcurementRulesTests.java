package de.globallokal.core.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.project.Money;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProcurementRulesTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void theLabelledSpendIsAPartOfTheTotalInItsCurrency() {
        assertThat(problems(purchase(1000, "EUR", 400, "EUR", List.of("fairtrade")))).isEmpty();
        assertThat(problems(purchase(1000, "EUR", 1001, "EUR", List.of("fairtrade"))))
            .containsOnly("certifiedWithinTotal");
        assertThat(problems(purchase(1000, "EUR", 400, "CHF", List.of("fairtrade"))))
            .containsOnly("certifiedWithinTotal");
    }

    @Test
    void spendWithALabelNamesTheLabel() {
        assertThat(problems(purchase(1000, "EUR", 400, "EUR", List.of()))).containsOnly("labelsNamedForCertifiedSpend");
        assertThat(problems(purchase(1000, "EUR", 0, "EUR", List.of()))).isEmpty();
    }

    @Test
    void aKeyIsShortSmallAndDashed() {
        assertThat(problems(new ProductGroupInput("Kaffee Tee", LocalizedText.de("Kaffee"), null, null, null)))
            .containsOnly("key");
        assertThat(problems(new ProductGroupInput("natural-stone", LocalizedText.de("Naturstein"), null, null, null)))
            .isEmpty();
    }

    @Test
    void aGroupHasOneTargetAYearAndATargetHoldsUntilReplaced() {
        var twice = List.of(new ProcurementTarget(2026, 50, null), new ProcurementTarget(2026, 60, null));
        assertThat(problems(new ProductGroupInput("coffee", LocalizedText.de("Kaffee"), null, twice, null)))
            .containsOnly("oneTargetPerYear");

        var group = new ProductGroup("g", "coffee", LocalizedText.de("Kaffee"), null,
                List.of(new ProcurementTarget(2028, 100, null), new ProcurementTarget(2025, 50, null)), false,
                Instant.EPOCH, Instant.EPOCH);
        assertThat(group.targetFor(2024)).isEmpty();
        assertThat(group.targetFor(2027).orElseThrow().share()).isEqualTo(50);
        assertThat(group.targetFor(2030).orElseThrow().share()).isEqualTo(100);
    }

    private static PurchaseInput purchase(long total, String totalCurrency, long certified, String certifiedCurrency,
            List<String> labels) {
        return new PurchaseInput("Hauptamt", 2025, "coffee", new Money(total, totalCurrency),
                new Money(certified, certifiedCurrency), labels, null, null);
    }

    private Set<String> problems(Object input) {
        return validator.validate(input)
            .stream()
            .map(ConstraintViolation::getPropertyPath)
            .map(Object::toString)
            .collect(Collectors.toSet());
    }

}
