package de.globallokal.core.project;

import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated word on how a measure is going.
 *
 * @param author who wrote it (a name or an office)
 * @param side which city wrote it: {@code LOCAL} or {@code PARTNER}
 * @param attachments photos or documents that show it
 * @param language the language it was written in, where not German: until the office adds
 * a translation, its German text is the original, and pages mark it as such
 */
public record ProgressNote(
        @NotBlank @Pattern(regexp = ActionProgramme.ID, message = "{globallokal.validation.programme-id}") String id,
        @NotNull LocalDate date, @NotNull @Valid LocalizedText text, @NotBlank @Size(max = 120) String author,
        @NotNull @Pattern(regexp = "LOCAL|PARTNER", message = "{globallokal.validation.side}") String side,
        @Size(max = 5) List<@NotNull @Valid Attachment> attachments,
        @Pattern(regexp = "de|en|fr", message = "{globallokal.validation.language}") String language) {

    public ProgressNote {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
