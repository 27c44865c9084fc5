package de.globallokal.core.procurement;

import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an editor sends to create or replace a label or criterion. */
public record LabelInput(@NotBlank @ReferenceKey String key, @NotBlank @Size(max = 80) String name,
        @NotBlank @Size(max = 160) String issuer, @NotNull LabelKind kind, @NotNull @Valid LocalizedText certifies,
        @Size(max = 30) List<@NotNull @ReferenceKey String> productGroups, @Valid LocalizedText credibility,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+",
                message = "{globallokal.validation.web-address}") String website) {
}
