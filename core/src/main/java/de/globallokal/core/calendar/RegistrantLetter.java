package de.globallokal.core.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff write to everyone registered for one date (a changed entrance, what to
 * bring). Sent as it is written, with a greeting and the date in each registrant's
 * language.
 *
 * @param occurrenceId the date whose registrants it reaches
 * @param subject one line
 * @param waitlistToo the people on the waitlist get it too, not only those with a seat;
 * null = no
 */
public record RegistrantLetter(@NotBlank @Size(max = 120) String occurrenceId,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*",
                message = "{globallokal.validation.one-line}") String subject,
        @NotBlank @Size(max = 5000) String text, Boolean waitlistToo) {

    public boolean reachesWaitlist() {
        return Boolean.TRUE.equals(waitlistToo);
    }

}
