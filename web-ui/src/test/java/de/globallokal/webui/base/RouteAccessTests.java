package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every view states who may see it; a view without an access annotation fails the build. */
class RouteAccessTests {

    @Test
    void everyRouteCarriesAnAccessAnnotation() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = scanner.findCandidateComponents("de.globallokal.webui").stream()
                .map(BeanDefinition::getBeanClassName).toList();

        assertThat(routes).isNotEmpty();
        for (String name : routes) {
            Class<?> view = Class.forName(name);
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as("%s has an access annotation", name).isTrue();
        }
    }
}
