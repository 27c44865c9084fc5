package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** German, English and French bundles hold the same keys, none of them empty. */
class TranslationBundleTests {

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr" })
    void everyKeyExistsInEveryLanguage(String language) throws IOException {
        Properties german = load("translations.properties");
        Properties other = load("translations_" + language + ".properties");

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
        assertThat(other.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTests.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
