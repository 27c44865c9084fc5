package de.globallokal.support.web;

/**
 * Reads the version a client names in {@code If-Match}: {@code "3"}, {@code 3} or
 * {@code W/"3"}.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new IfMatchRequiredException();
        }
        String value = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "must be the version number, e.g. \"3\"");
        }
    }

}
