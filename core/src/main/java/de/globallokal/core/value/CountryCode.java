package de.globallokal.core.value;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes as the JDK knows them. */
public final class CountryCode {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    private CountryCode() {
    }

    public static boolean isValid(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** The country's name in the given language, e.g. "Frankreich" for FR in German. */
    public static String displayName(String code, Locale language) {
        return new Locale("", code).getDisplayCountry(language);
    }

}
