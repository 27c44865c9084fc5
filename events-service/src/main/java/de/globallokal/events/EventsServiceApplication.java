package de.globallokal.events;

import de.globallokal.support.health.InfrastructureHealth;
import de.globallokal.support.outbox.OutboxConfiguration;
import de.globallokal.support.projection.ProjectionConsumerConfiguration;
import de.globallokal.support.security.ResourceServerSecurity;
import de.globallokal.support.time.SiteClock;
import de.globallokal.support.web.ApiDocumentation;
import de.globallokal.support.web.ApiWebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({ ResourceServerSecurity.class, ApiWebConfiguration.class, ApiDocumentation.class, InfrastructureHealth.class,
        OutboxConfiguration.class, ProjectionConsumerConfiguration.class, SiteClock.class })
public class EventsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsServiceApplication.class, args);
    }

}
