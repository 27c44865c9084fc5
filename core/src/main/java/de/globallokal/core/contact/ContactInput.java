package de.globallokal.core.contact;

import de.globallokal.core.contact.PostalAddress;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor sends to create a contact point. */
public record ContactInput(@NotNull @Valid LocalizedText role, @NotBlank @Size(max = 160) String office,
        @Size(max = 120) String person, @Valid PostalAddress address,
        @Size(max = 40) @Pattern(regexp = PHONE, message = "{globallokal.validation.phone}") String phone,
        @Size(max = 40) @Pattern(regexp = PHONE, message = "{globallokal.validation.phone}") String fax,
        @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email) {

    public static final String PHONE = "\\+?[0-9][0-9 ()/\\-]{3,38}";

}
