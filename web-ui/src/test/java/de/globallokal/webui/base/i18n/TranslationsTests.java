package de.globallokal.webui.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslationsTests {

    private final Translations translations = new Translations();

    @Test
    void germanFirstThenEnglishAndFrench() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.GERMAN, Locale.ENGLISH, Locale.FRENCH);
    }

    @Test
    void aLanguageWeDoNotOfferGetsGermanNotTheMachinesDefault() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(translations.getTranslation("partnerships.title", new Locale("es")))
                .isEqualTo("Partnerschaften");
            assertThat(translations.getTranslation("partnerships.title", Locale.UK)).isEqualTo("Partnerships");
            assertThat(translations.getTranslation("partnerships.title", Locale.CANADA_FRENCH))
                .isEqualTo("Partenariats");
        }
        finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void parametersAreFormattedForTheLanguage() {
        assertThat(translations.getTranslation("partnerships.since", Locale.GERMAN, 1950)).isEqualTo("seit 1950");
        assertThat(translations.getTranslation("partnerships.since", Locale.FRENCH, 1950)).isEqualTo("depuis 1950");
    }

    @Test
    void aMissingKeyIsVisibleInsteadOfSilentlyEmpty() {
        assertThat(translations.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key!");
    }

}
