package de.globallokal.events.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret from a registrant's link. */
record TokenInput(@NotBlank @Size(max = 200) String token) {
}
