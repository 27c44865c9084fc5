package de.globallokal.core.value;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * A text in the product's languages. German is required because it is the language of the
 * first users and the fallback for every other one.
 *
 * @param unreviewed the languages whose text is a draft or a machine translation that
 * nobody has checked yet (German, the source, is always reviewed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(@NotBlank @Size(max = MAX_LENGTH) String de, @Size(max = MAX_LENGTH) String en,
        @Size(max = MAX_LENGTH) String fr, @Size(max = MAX_LENGTH) String cs,
        @Size(max = 3) List<@Pattern(regexp = "en|fr|cs",
                message = "{globallokal.validation.unreviewed-language}") String> unreviewed) {

    public static final int MAX_LENGTH = 4000;

    public LocalizedText {
        unreviewed = unreviewed == null || unreviewed.isEmpty() ? null : List.copyOf(unreviewed);
    }

    public LocalizedText(String de, String en, String fr, String cs) {
        this(de, en, fr, cs, null);
    }

    /** True when the text shown for this language is a draft nobody has checked yet. */
    public boolean isUnreviewed(Locale locale) {
        return unreviewed != null && !fallsBackFor(locale) && locale != null
                && unreviewed.contains(locale.getLanguage());
    }

    public static LocalizedText de(String german) {
        return new LocalizedText(german, null, null, null);
    }

    /** The text in the asked language, or German where that language has none. */
    public String in(Locale locale) {
        String own = ownText(locale);
        return isBlank(own) ? de : own;
    }

    /** True when {@link #in(Locale)} has to fall back to German for this language. */
    public boolean fallsBackFor(Locale locale) {
        return isBlank(ownText(locale)) && !isBlank(de);
    }

    private String ownText(Locale locale) {
        return switch (locale == null ? "de" : locale.getLanguage()) {
            case "en" -> en;
            case "fr" -> fr;
            case "cs" -> cs;
            default -> de;
        };
    }

    @JsonIgnore
    public boolean isEmpty() {
        return isBlank(de) && isBlank(en) && isBlank(fr) && isBlank(cs);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
