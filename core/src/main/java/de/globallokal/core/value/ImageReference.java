package de.globallokal.core.value;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An image on the web or in the site's file store: where it is, what it shows (for people
 * who cannot see it), whose it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageReference(
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+|" + Attachment.ADDRESS,
                message = "{globallokal.validation.image-address}") String url,
        @NotNull @Valid LocalizedText alt, @Size(max = 200) String credit) {
}
