package de.globallokal.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.contact.PostalAddress;
import de.globallokal.core.value.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where an event takes place. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Venue(@NotBlank @Size(max = 160) String name, @Valid PostalAddress address, @Valid GeoPoint geo) {
}
