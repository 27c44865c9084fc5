package de.globallokal.webui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import de.globallokal.support.health.InfrastructureHealth;
import de.globallokal.support.projection.ProjectionConsumerConfiguration;
import de.globallokal.support.time.SiteClock;
import de.globallokal.support.web.ApiWebConfiguration;
import de.globallokal.webui.procurement.FairtradeTownProperties;
import de.globallokal.webui.site.SiteProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@EnableConfigurationProperties({ SiteProperties.class, FairtradeTownProperties.class })
@Import({ ApiWebConfiguration.class, InfrastructureHealth.class, ProjectionConsumerConfiguration.class,
        SiteClock.class })
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// plain stylesheets instead of a theme bundle: Vaadin needs no front-end build for them
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/globallokal.css")
public class WebUiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(WebUiApplication.class, args);
    }

}
