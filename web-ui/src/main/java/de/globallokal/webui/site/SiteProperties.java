package de.globallokal.webui.site;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this site, from configuration ({@code globallokal.site.*}): the legal notice,
 * privacy and accessibility pages show it, so no city is written into the code.
 *
 * @param operator              the body that runs the site, e.g. a city administration
 * @param representative        who represents it by law
 * @param address               its postal address, one line
 * @param email                 general contact
 * @param phone                 general phone number
 * @param privacyContact        the data protection officer's address
 * @param accessibilityContact  where visitors report barriers
 * @param accessibilityChecked  when the accessibility statement was last checked (ISO date)
 * @param registrationRetention how long sign-up data is kept after an event (events-service anonymises then)
 * @param city                  the city's own name, for the map of its partners
 * @param location              where the city lies, for the map; null draws no home point
 */
@ConfigurationProperties("globallokal.site")
public record SiteProperties(String operator, String representative, String address, String email, String phone,
        String privacyContact, String accessibilityContact, String accessibilityChecked,
        Duration registrationRetention, String city, de.globallokal.core.value.GeoPoint location) {

    /** Where the city lies, or null when not fully configured. */
    public de.globallokal.core.value.GeoPoint home() {
        return location == null || location.lat() == null || location.lon() == null ? null : location;
    }

    public SiteProperties {
        registrationRetention = registrationRetention == null ? Duration.ofDays(30) : registrationRetention;
    }
}
