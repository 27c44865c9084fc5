package de.globallokal.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.IsoCountry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A postal address; the country defaults to where the office is, so it may be left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostalAddress(@NotBlank @Size(max = 120) String street, @NotBlank @Size(max = 16) String postalCode,
        @NotBlank @Size(max = 80) String city, @IsoCountry String country) {
}
