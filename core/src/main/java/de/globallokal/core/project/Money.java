package de.globallokal.core.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An amount in minor units (cents) of an ISO 4217 currency, so no rounding ever happens.
 */
public record Money(@NotNull @PositiveOrZero Long amountMinor,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{globallokal.validation.currency}") String currency) {
}
