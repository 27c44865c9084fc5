package de.globallokal.webui.site.ui;

import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.site.SiteProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal pages' first responses, from the same {@link SiteText} as their views. */
@Configuration(proxyBeanMethods = false)
class SitePages {

    @Bean
    ServerPageSource legalNoticePage(SiteProperties site) {
        return source("impressum", site, SiteText::imprint);
    }

    @Bean
    ServerPageSource privacyPage(SiteProperties site) {
        return source("datenschutz", site, SiteText::privacy);
    }

    @Bean
    ServerPageSource accessibilityPage(SiteProperties site) {
        return source("barrierefreiheit", site, SiteText::accessibility);
    }

    private static ServerPageSource source(String route, SiteProperties site,
            BiFunction<SiteProperties, UnaryOperator<String>, SiteText> text) {
        return ServerPageSource.of(route, (parameters, page) -> {
            SiteText content = text.apply(site, key -> page.text(key));
            String prefix = content.prefix();
            ServerPage.Builder builder = ServerPage.builder("gl-site-page", page.text(prefix + ".title"));
            for (SiteText.Part part : content.parts()) {
                if (part.mail() != null) {
                    builder.list(null, List.of(), new Link(part.mail(), "mailto:" + part.mail()));
                }
                else {
                    builder.text(page.text(prefix + "." + part.key() + ".title"),
                            page.text(prefix + "." + part.key(), part.parameters()));
                }
            }
            return Optional.of(builder.build());
        });
    }

}
