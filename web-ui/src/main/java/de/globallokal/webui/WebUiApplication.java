package de.globallokal.webui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import de.globallokal.support.health.InfrastructureHealth;
import de.globallokal.support.projection.ProjectionConsumerConfiguration;
import de.globallokal.support.web.ApiWebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@org.springframework.boot.context.properties.EnableConfigurationProperties(de.globallokal.webui.site.SiteProperties.class)
@Import({ApiWebConfiguration.class, InfrastructureHealth.class, ProjectionConsumerConfiguration.class})
@com.vaadin.flow.component.page.Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class WebUiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(WebUiApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        // A plain stylesheet instead of a theme bundle: Vaadin needs no frontend rebuild for it.
        settings.addLink("stylesheet", "styles/globallokal.css");
    }
}
