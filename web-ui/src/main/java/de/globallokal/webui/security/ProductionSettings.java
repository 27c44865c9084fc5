package de.globallokal.webui.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses an unsafe production start before anything else is made: outside the local run
 * (and the tests) web-ui needs its public address (feeds and their links would point to
 * localhost), its signing key and a word on its reverse proxies (without one, every
 * citizen behind the proxy would share one sign-up allowance). It names every missing
 * setting at once, by its environment variable.
 */
@Component
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("web-ui will not start without: " + String.join("; ", missing));
        }
    }

    static List<String> missing(Environment environment) {
        List<String> missing = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("local", "test"))) {
            return missing;
        }
        String base = environment.getProperty("globallokal.public-base-url", "");
        if (!publicAddress(base)) {
            missing.add("GLOBALLOKAL_PUBLIC_BASE_URL (globallokal.public-base-url), the public site's https address, "
                    + "e.g. https://termine.example.org" + (base.isBlank() ? "" : "; not " + base));
        }
        if (environment.getProperty("globallokal.jwt.private-key", "").isBlank()) {
            missing.add("GLOBALLOKAL_JWT_PRIVATE_KEY (globallokal.jwt.private-key), the RSA key service tokens are "
                    + "signed with: a PEM file or the PEM itself");
        }
        if (environment.getProperty("globallokal.proxy.trusted", "").isBlank()) {
            missing.add("GLOBALLOKAL_PROXY_TRUSTED (globallokal.proxy.trusted), the reverse proxies' addresses "
                    + "(CIDR, comma-separated), or \"none\" when web-ui is reached directly");
        }
        return missing;
    }

    private static boolean publicAddress(String base) {
        try {
            URI uri = URI.create(base.strip());
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().equals("localhost")
                    && !uri.getHost().startsWith("127.");
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

}
