package de.globallokal.core.procurement;

import de.globallokal.core.project.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a department bought of one product group in one year, as an editor or a finance
 * export sends it.
 *
 * @param total all that was spent on the group
 * @param certified the part of it bought with a credible label
 * @param published shown on the public pages; figures not yet checked stay with staff
 */
public record PurchaseInput(@NotBlank @Size(max = 120) String department, @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @ReferenceKey String productGroup, @NotNull @Valid Money total, @NotNull @Valid Money certified,
        @Size(max = 20) List<@NotNull @ReferenceKey String> labels, Boolean example, Boolean published) {

    /** The labelled part is a part of the whole, in the same currency. */
    @AssertTrue(message = "{globallokal.validation.certified-within-total}")
    public boolean isCertifiedWithinTotal() {
        if (total == null || certified == null || total.amountMinor() == null || certified.amountMinor() == null) {
            return true;
        }
        return certified.amountMinor() <= total.amountMinor()
                && (certified.amountMinor() == 0 || String.valueOf(certified.currency()).equals(total.currency()));
    }

    /** Bought with a label means some label was named. */
    @AssertTrue(message = "{globallokal.validation.labels-named}")
    public boolean isLabelsNamedForCertifiedSpend() {
        return certified == null || certified.amountMinor() == null || certified.amountMinor() == 0
                || (labels != null && !labels.isEmpty());
    }

}
