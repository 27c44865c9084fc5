package de.globallokal.webui.site.ui;

import de.globallokal.webui.site.SiteProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The legal pages' parts, said once for the Vaadin view and the first response: headed
 * paragraphs from the message bundles under one prefix, filled with who runs the site,
 * and where to write.
 *
 * @param prefix the pages' key prefix ({@code imprint}, {@code privacy},
 * {@code accessibility})
 * @param parts the sections in reading order
 */
record SiteText(String prefix, List<Part> parts) {

    /** A section by its key with its parameters, and an address to write to, if any. */
    record Part(String key, Object[] parameters, String mail) {
    }

    static SiteText imprint(SiteProperties site, UnaryOperator<String> text) {
        String missing = text.apply("site.not-configured");
        return new Builder("imprint").section("operator", or(site.operator(), missing), or(site.address(), missing))
            .section("representative", or(site.representative(), missing))
            .section("contact", or(site.phone(), missing))
            .mail(site.email())
            .build();
    }

    static SiteText privacy(SiteProperties site, UnaryOperator<String> text) {
        String missing = text.apply("site.not-configured");
        return new Builder("privacy").section("controller", or(site.operator(), missing), or(site.address(), missing))
            .section("visiting")
            .section("signup", site.registrationRetention().toDays())
            .section("rights")
            .mail(site.privacyContact())
            .build();
    }

    static SiteText accessibility(SiteProperties site, UnaryOperator<String> text) {
        return new Builder("accessibility").section("scope", or(site.operator(), text.apply("site.not-configured")))
            .section("status", or(site.accessibilityChecked(), "–"))
            .section("limits")
            .section("feedback")
            .mail(site.accessibilityContact())
            .section("enforcement")
            .build();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static final class Builder {

        private final String prefix;

        private final List<Part> parts = new ArrayList<>();

        Builder(String prefix) {
            this.prefix = prefix;
        }

        Builder section(String key, Object... parameters) {
            parts.add(new Part(key, parameters, null));
            return this;
        }

        Builder mail(String address) {
            if (address != null && !address.isBlank()) {
                parts.add(new Part(null, new Object[0], address));
            }
            return this;
        }

        SiteText build() {
            return new SiteText(prefix, List.copyOf(parts));
        }

    }

}
