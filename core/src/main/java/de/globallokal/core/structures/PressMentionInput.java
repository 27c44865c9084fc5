package de.globallokal.core.structures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an editor sends for an entry of the press log. */
public record PressMentionInput(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 120) String outlet,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+",
                message = "{globallokal.validation.web-address}") String link,
        @Size(max = 4) List<@NotNull PolicyArea> areas, Boolean example) {
}
