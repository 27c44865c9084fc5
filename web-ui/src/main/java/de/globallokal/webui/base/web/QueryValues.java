package de.globallokal.webui.base.web;

import java.util.List;
import java.util.Map;

/**
 * Reading filter values from an address's query: anything unreadable counts as not given.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
    }

    /** An SDG number from 1 to 17, else null. */
    public static Integer sdg(String value) {
        try {
            int n = value == null ? 0 : Integer.parseInt(value);
            return n >= 1 && n <= 17 ? n : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

}
