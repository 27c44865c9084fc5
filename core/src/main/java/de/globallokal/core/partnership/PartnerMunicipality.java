package de.globallokal.core.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.GeoPoint;
import de.globallokal.core.value.IsoCountry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The partner city or municipality.
 *
 * @param localName the name in its own spelling where it differs (e.g. Євпаторія)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerMunicipality(@NotBlank @Size(max = 120) String name, @Size(max = 120) String localName,
        @NotNull @IsoCountry String country, @Size(max = 120) String region, @Valid GeoPoint location,
        @Size(max = 300) String website) {
}
