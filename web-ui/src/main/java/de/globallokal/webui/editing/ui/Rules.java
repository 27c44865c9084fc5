package de.globallokal.webui.editing.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

/**
 * The services' rules, said again in the form so a mistake shows before anything is sent
 * (the service checks again and has the last word; its complaints land on the same fields).
 * Messages are translation keys, looked up in the reader's language.
 */
public final class Rules {

    private Rules() {
    }

    /** A value is needed. Marks the field as required as well. */
    public static <T> Validator<T> required() {
        return new Required<>();
    }

    public static Validator<String> maxLength(int max) {
        return message((value, context) -> value == null || value.strip().length() <= max, "rule.max-length", max);
    }

    public static Validator<String> pattern(String regex, String key) {
        return message((value, context) -> value == null || value.isBlank() || value.strip().matches(regex), key);
    }

    public static Validator<String> email() {
        return pattern(".+@.+\\..+", "rule.email");
    }

    public static Validator<String> phone() {
        return pattern("\\+?[0-9][0-9 ()/\\-]{3,38}", "rule.phone");
    }

    public static Validator<String> webAddress() {
        return pattern("https?://\\S+", "rule.web-address");
    }

    public static <N extends Number> Validator<N> between(double min, double max) {
        return message((value, context) -> value == null || value.doubleValue() >= min && value.doubleValue() <= max,
                "rule.between", format(min), format(max));
    }

    /** A year from the given one up to this one (a partnership cannot begin in the future). */
    public static Validator<Integer> pastYearFrom(int min, Clock clock) {
        int now = Year.now(clock).getValue();
        return message((value, context) -> value == null || value >= min && value <= now, "rule.between", min, now);
    }

    public static Validator<LocalDate> notInFuture(Clock clock) {
        return message((value, context) -> value == null || !value.isAfter(LocalDate.now(clock)), "rule.not-future");
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private interface Check<T> {
        boolean test(T value, ValueContext context);
    }

    private static <T> Validator<T> message(Check<T> check, String key, Object... parameters) {
        return (value, context) -> check.test(value, context) ? ValidationResult.ok()
                : ValidationResult.error(translate(context, key, parameters));
    }

    private static String translate(ValueContext context, String key, Object... parameters) {
        return context.getComponent().map(component -> component.getTranslation(key, parameters)).orElse(key);
    }

    /** Marks a field as required; the form shows the indicator for it. */
    static final class Required<T> implements Validator<T> {
        @Override
        public ValidationResult apply(T value, ValueContext context) {
            boolean empty = value == null || value instanceof String text && text.isBlank()
                    || value instanceof java.util.Collection<?> items && items.isEmpty();
            return empty ? ValidationResult.error(translate(context, "rule.required")) : ValidationResult.ok();
        }
    }
}
