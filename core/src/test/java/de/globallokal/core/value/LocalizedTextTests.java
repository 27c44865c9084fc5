package de.globallokal.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    private final Validator validator = Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();

    @Test
    void givesTheAskedLanguageAndFallsBackToGerman() {
        LocalizedText text = new LocalizedText("Hallo", "Hello", null, null);

        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Hello");
        assertThat(text.fallsBackFor(Locale.ENGLISH)).isFalse();
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Hallo");
        assertThat(text.fallsBackFor(Locale.FRENCH)).isTrue();
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Hallo");
        assertThat(text.fallsBackFor(Locale.GERMAN)).isFalse();
    }

    @Test
    void germanIsRequiredAndTextsHaveALimit() {
        assertThat(validator.validate(new LocalizedText(" ", "Hello", null, null)))
            .extracting(v -> v.getPropertyPath().toString())
            .containsExactly("de");
        assertThat(validator.validate(LocalizedText.de("x".repeat(LocalizedText.MAX_LENGTH + 1))))
            .extracting(v -> v.getPropertyPath().toString())
            .containsExactly("de");
        assertThat(validator.validate(LocalizedText.de("Text"))).isEmpty();
    }

    @Test
    void countryCodesAreCheckedAgainstIso3166() {
        assertThat(CountryCode.isValid("FR")).isTrue();
        assertThat(CountryCode.isValid("BF")).isTrue();
        assertThat(CountryCode.isValid("fr")).isFalse();
        assertThat(CountryCode.isValid("XX")).isFalse();
        assertThat(CountryCode.displayName("BF", Locale.GERMAN)).isEqualTo("Burkina Faso");
    }

}
