package de.globallokal.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDateTime;

/**
 * Sign-up for an event: seats per occurrence, when sign-up closes and how long someone
 * moved up from the waitlist has to claim the seat.
 *
 * @param closes local time in the event's zone after which nobody can sign up; null = at
 * the start
 * @param claimHours hours a person moved up from the waitlist has to confirm before the
 * next one gets the seat
 * @param waitlist how many may wait per date once the seats are taken; null = no limit, 0
 * = no waitlist
 * @param remindDayBefore confirmed registrants get a reminder a day before their date;
 * null = no
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationSettings(@NotNull @PositiveOrZero @Max(100_000) Integer capacity, LocalDateTime closes,
        @Min(1) @Max(24 * 14) Integer claimHours, @PositiveOrZero @Max(100_000) Integer waitlist,
        Boolean remindDayBefore) {

    public static final int DEFAULT_CLAIM_HOURS = 48;

    /**
     * True while one more person may join the waitlist of a date with {@code waiting}.
     */
    public boolean waitlistTakes(int waiting) {
        return waitlist == null || waiting < waitlist;
    }

    public boolean remindsDayBefore() {
        return Boolean.TRUE.equals(remindDayBefore);
    }

    public int claimHoursOrDefault() {
        return claimHours == null ? DEFAULT_CLAIM_HOURS : claimHours;
    }
}
