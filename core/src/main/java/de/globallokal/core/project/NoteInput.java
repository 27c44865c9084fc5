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
 * A progress note as its writer sends it. Who wrote it and for which city come from the
 * writer's sign-in, never from the request.
 *
 * @param id chosen by the writer, so sending the same note twice stores it once
 * @param language the language it was written in, where not German
 */
public record NoteInput(
        @NotBlank @Pattern(regexp = ActionProgramme.ID, message = "{globallokal.validation.programme-id}") String id,
        @NotNull LocalDate date, @NotNull @Valid LocalizedText text,
        @Size(max = 5) List<@NotNull @Valid Attachment> attachments,
        @Pattern(regexp = "de|en|fr", message = "{globallokal.validation.language}") String language) {

    public NoteInput {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public ProgressNote by(String author, String side) {
        return new ProgressNote(id, date, text, author, side, attachments, language);
    }

}
