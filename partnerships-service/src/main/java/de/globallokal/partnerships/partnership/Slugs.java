package de.globallokal.partnerships.partnership;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names: "Nový Jičín" becomes "novy-jicin". */
final class Slugs {

    private static final String FALLBACK = "partnerschaft";

    private Slugs() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? FALLBACK : slug;
    }

    static String withSuffix(String slug, int attempt) {
        return attempt <= 1 ? slug : slug + "-" + attempt;
    }
}
