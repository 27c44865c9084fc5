package de.globallokal.events.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's sign-up as web-ui forwards it.
 *
 * @param occurrenceId which date of a series; may be left out for a single event
 * @param consent the person agreed to the consent text of {@code consentVersion}
 * @param language the language the person reads (de, en or fr), for the messages
 */
record SignupInput(@Size(max = 80) String occurrenceId,
        // the name goes into the staff list and the export; a link or markup there is
        // spam
        @NotBlank @Size(max = 120) @Pattern(regexp = "(?is)(?!.*(https?:|www\\.|[<>{}\\[\\]])).*",
                message = "{globallokal.validation.person-name}") String name,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "{globallokal.validation.email}") String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()/\\-]{3,38}",
                message = "{globallokal.validation.phone}") String phone,
        @Size(max = 500) String note,
        @Pattern(regexp = "de|en|fr", message = "{globallokal.validation.site-language}") String language,
        @NotNull(message = "{globallokal.validation.consent-missing}") @AssertTrue(
                message = "{globallokal.validation.consent}") Boolean consent,
        @NotBlank @Size(max = 40) String consentVersion) {
}
