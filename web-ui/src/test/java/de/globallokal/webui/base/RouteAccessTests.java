package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every view states who may see it; a view without an access annotation fails the build.
 */
class RouteAccessTests {

    @Test
    void everyRouteCarriesAnAccessAnnotation() {
        List<Class<? extends Component>> routes = Views.all();

        assertThat(routes).isNotEmpty();
        for (Class<?> view : routes) {
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                .as("%s has an access annotation", view.getName())
                .isTrue();
        }
    }

}
