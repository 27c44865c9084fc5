package de.globallokal.core.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;

/**
 * Says a validator's messages in one reader's language, whatever the thread's default: a
 * staff form checks with the same constraints and the same message bundles as the
 * service, in the language of the person at the form.
 */
public record ReaderLanguage(MessageInterpolator messages, Locale locale) implements MessageInterpolator {

    /** A validator of the factory whose messages are in {@code locale}. */
    public static Validator validator(ValidatorFactory factory, Locale locale) {
        return factory.usingContext()
            .messageInterpolator(new ReaderLanguage(factory.getMessageInterpolator(), locale))
            .getValidator();
    }

    @Override
    public String interpolate(String template, Context context) {
        return messages.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
        return messages.interpolate(template, context, locale);
    }
}
