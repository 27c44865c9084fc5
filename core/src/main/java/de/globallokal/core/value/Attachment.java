package de.globallokal.core.value;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A document or picture kept in the site's file store and served at its address. Every
 * attachment says what it shows or holds, so a picture has its alternative text and a
 * document a line a screen reader can say before the download.
 *
 * @param url where it is served: {@code /dateien/} and its 32-digit id
 * @param type what the file is, as its content showed on upload
 * @param name the file name offered on download
 * @param size bytes
 * @param alt what it shows or holds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(
        @NotBlank @Pattern(regexp = Attachment.ADDRESS, message = "{globallokal.validation.file-address}") String url,
        @NotNull @Pattern(regexp = Attachment.TYPE, message = "{globallokal.validation.file-type}") String type,
        @NotBlank @Size(max = 200) String name, @Min(1) @Max(Attachment.MAX_BYTES) long size,
        @NotNull @Valid LocalizedText alt, @Size(max = 200) String credit) {

    /** Where the file store serves a file. */
    public static final String ADDRESS = "/dateien/[0-9a-f]{32}";

    /** The kinds of file the store takes. */
    public static final List<String> TYPES = List.of("application/pdf", "image/jpeg", "image/png", "image/webp");

    static final String TYPE = "application/pdf|image/jpeg|image/png|image/webp";

    /** The largest file the store takes: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A picture is shown on the page; anything else is offered as a download. */
    public boolean picture() {
        return type.startsWith("image/");
    }

}
