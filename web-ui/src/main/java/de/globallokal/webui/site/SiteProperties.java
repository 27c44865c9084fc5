package de.globallokal.webui.site;

import de.globallokal.core.value.GeoPoint;
import de.globallokal.core.value.LocalizedText;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this site, from configuration ({@code globallokal.site.*}): the legal notice,
 * privacy and accessibility pages show it, so no city is written into the code.
 *
 * @param operator the body that runs the site, e.g. a city administration
 * @param representative who represents it by law
 * @param address its postal address, one line
 * @param email general contact
 * @param phone general phone number
 * @param privacyContact the data protection officer's address
 * @param accessibilityContact where visitors report barriers
 * @param accessibilityChecked when the accessibility statement was last checked (ISO
 * date)
 * @param registrationRetention how long sign-up data is kept after an event
 * (events-service anonymises then)
 * @param city the city's own name, for the map of its partners
 * @param location where the city lies, for the map; null draws no home point
 * @param languages the languages the site's texts are kept in, German first (all that a
 * {@code LocalizedText} holds unless configured)
 */
@ConfigurationProperties("globallokal.site")
public record SiteProperties(String operator, String representative, String address, String email, String phone,
        String privacyContact, String accessibilityContact, String accessibilityChecked, Duration registrationRetention,
        String city, GeoPoint location, List<String> languages) {

    /** Where the city lies, or null when not fully configured. */
    public GeoPoint home() {
        return location == null || location.lat() == null || location.lon() == null ? null : location;
    }

    public SiteProperties {
        registrationRetention = registrationRetention == null ? Duration.ofDays(30) : registrationRetention;
        languages = languages == null || languages.isEmpty() ? TEXT_LANGUAGES : List.copyOf(languages);
        if (!languages.getFirst().equals("de") || !TEXT_LANGUAGES.containsAll(languages)) {
            throw new IllegalArgumentException("globallokal.site.languages must start with de and name only "
                    + TEXT_LANGUAGES + ", not " + languages);
        }
    }

    /**
     * The languages a text can be kept in: the components of {@link LocalizedText} but
     * its review marks.
     */
    public static final List<String> TEXT_LANGUAGES = Arrays.stream(LocalizedText.class.getRecordComponents())
        .filter(component -> component.getType() == String.class)
        .map(RecordComponent::getName)
        .toList();

}
