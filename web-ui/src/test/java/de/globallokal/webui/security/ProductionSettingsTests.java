package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsTests {

    @Test
    void outsideTheLocalRunEveryMissingSettingIsNamedAtOnce() {
        ProductionSettings settings = new ProductionSettings();
        settings
            .setEnvironment(new MockEnvironment().withProperty("globallokal.public-base-url", "http://localhost:8080"));

        assertThatIllegalStateException().isThrownBy(() -> settings.postProcessBeanFactory(null))
            .withMessageContaining("GLOBALLOKAL_PUBLIC_BASE_URL")
            .withMessageContaining("not http://localhost:8080")
            .withMessageContaining("GLOBALLOKAL_JWT_PRIVATE_KEY")
            .withMessageContaining("GLOBALLOKAL_PROXY_TRUSTED");
    }

    @Test
    void aCompleteProductionSetupStarts() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("globallokal.public-base-url", "https://termine.example.org")
            .withProperty("globallokal.jwt.private-key", "file:/run/secrets/jwt-private")
            .withProperty("globallokal.proxy.trusted", "172.28.0.2/32");

        assertThat(ProductionSettings.missing(environment)).isEmpty();
    }

    @Test
    void theLocalRunAndTheTestsNeedNone() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");

        assertThat(ProductionSettings.missing(local)).isEmpty();
    }

}
