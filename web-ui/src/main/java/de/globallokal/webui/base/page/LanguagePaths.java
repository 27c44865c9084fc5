package de.globallokal.webui.base.page;

import de.globallokal.webui.base.i18n.Translations;
import java.util.Locale;
import java.util.Optional;

/**
 * Each language has its own addresses: German at the root, the others under their code
 * ({@code /en/veranstaltungen}), so every language can be found and linked.
 */
public final class LanguagePaths {

    private LanguagePaths() {
    }

    /** "" for German, "/en" or "/fr" otherwise. */
    public static String prefix(Locale locale) {
        return isDefault(locale) ? "" : "/" + locale.getLanguage();
    }

    /**
     * A page's path in a language, relative to the app's root as Vaadin's router takes
     * it: {@code en/akteure}, {@code akteure}; the home page is {@code en} or {@code ""}.
     */
    public static String relative(Locale locale, String path) {
        String prefix = prefix(locale);
        return prefix.isEmpty() ? path : path.isEmpty() ? prefix.substring(1) : prefix.substring(1) + "/" + path;
    }

    /**
     * The language a path is in and the path without it: {@code en/akteure} is English
     * {@code akteure}.
     */
    public static Localized of(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        for (Locale language : Translations.LANGUAGES) {
            String code = language.getLanguage();
            if (!isDefault(language) && (trimmed.equals(code) || trimmed.startsWith(code + "/"))) {
                return new Localized(language, trimmed.substring(Math.min(trimmed.length(), code.length() + 1)));
            }
        }
        return new Localized(Translations.LANGUAGES.getFirst(), trimmed);
    }

    /**
     * The first of our languages a browser asks for in its {@code Accept-Language}
     * header, in the browser's order; empty without the header or a match. It is only a
     * guess: the page offers it, the address decides.
     */
    public static Optional<Locale> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage)
                .stream()
                .map(range -> range.getRange().split("-")[0])
                .flatMap(code -> Translations.LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)))
                .findFirst();
        }
        catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }

    private static boolean isDefault(Locale locale) {
        return locale.getLanguage().equals(Translations.LANGUAGES.getFirst().getLanguage());
    }

    /** A path in a language. */
    public record Localized(Locale locale, String path) {
    }

}
