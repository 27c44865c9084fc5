package de.globallokal.webui.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * German, English and French, in that order: a visitor whose browser asks for none of
 * them gets German, the language of the office, not whichever bundle happens to be found
 * first.
 */
@Component
public class Translations implements I18NProvider {

    public static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH, Locale.FRENCH);

    private static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = LANGUAGES.stream()
            .filter(l -> locale != null && l.getLanguage().equals(locale.getLanguage()))
            .findFirst()
            .orElse(Locale.GERMAN);
        try {
            // German lives in the base bundle; the no-fallback control keeps the JVM's
            // default locale out
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, language).format(params);
        }
        catch (MissingResourceException e) {
            log.warn("No translation for '{}' in {}", key, language);
            return "!" + key + "!";
        }
    }

}
