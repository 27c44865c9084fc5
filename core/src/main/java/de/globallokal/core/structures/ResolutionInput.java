package de.globallokal.core.structures;

import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an editor sends to create or replace a council resolution. */
public record ResolutionInput(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 120) String body,
        @Size(max = 60) String reference, @NotNull @Valid LocalizedText title, @Valid LocalizedText decision,
        @NotEmpty @Size(max = 4) List<@NotNull PolicyArea> areas,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> partnershipIds,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> projectIds,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+",
                message = "{globallokal.validation.web-address}") String link,
        @Size(max = 10) List<@NotNull @Valid Attachment> documents, Boolean example) {
}
