package de.globallokal.support.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of an application, running in the office's time zone
 * ({@code globallokal.site.zone}): "today", "this month" and a typed local time mean the
 * office's, wherever the server runs. Everything that asks for the time is given this
 * bean, so a test can set the time, and bean validation ({@code @PastOrPresent}, our own
 * year rules) asks the same clock.
 */
@Configuration(proxyBeanMethods = false)
public class SiteClock {

    /** Where the office is when nothing is configured: the product's first users. */
    public static final String DEFAULT_ZONE = "Europe/Berlin";

    @Bean
    Clock clock(@Value("${globallokal.site.zone:" + DEFAULT_ZONE + "}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

}
