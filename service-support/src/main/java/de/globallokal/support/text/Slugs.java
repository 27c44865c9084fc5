package de.globallokal.support.text;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names: "Nový Jičín" becomes "novy-jicin". */
public final class Slugs {

    private static final String FALLBACK = "partnerschaft";

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("ß", "ss")
            .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? FALLBACK : slug;
    }

    public static String withSuffix(String slug, int attempt) {
        return attempt <= 1 ? slug : slug + "-" + attempt;
    }

}
