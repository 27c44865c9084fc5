package de.globallokal.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class SiteClockTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(SiteClock.class);

    record Visit(@PastOrPresent LocalDate day) {
    }

    @Test
    void runsInTheOfficeZoneOfTheConfiguration() {
        context.withPropertyValues("globallokal.site.zone=America/Montreal")
            .run(app -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("America/Montreal")));
    }

    @Test
    void runsInTheDefaultZoneWhenNoneIsConfigured() {
        context.run(app -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of(SiteClock.DEFAULT_ZONE)));
    }

    @Test
    void beanValidationAsksTheSameClock() {
        // Kiritimati is 14 hours ahead of UTC and Niue 11 behind: 25 hours apart, so
        // their "today" always differs
        context.withPropertyValues("globallokal.site.zone=Pacific/Niue").run(app -> {
            LocalDate kiribatiToday = LocalDate.now(Clock.system(ZoneId.of("Pacific/Kiritimati")));
            LocalDate niueToday = LocalDate.now(app.getBean(Clock.class));
            Validator validator = app.getBean(Validator.class);
            assertThat(validator.validate(new Visit(niueToday))).isEmpty();
            assertThat(validator.validate(new Visit(kiribatiToday))).hasSize(1);
        });
    }

}
