package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walks every route of the app: staff pages are refused to the public, administrator
 * pages also to editors. A new view is covered without anyone adding it here.
 */
class StaffRouteAccessTests extends VaadinViewTest {

    @Test
    void everyStaffRouteIsRefusedToAnonymousVisitors() {
        List<Class<?>> staff = staffViews();
        assertThat(staff).hasSizeGreaterThanOrEqualTo(9);
        for (Class<?> view : staff) {
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class)).as("%s is public", view).isFalse();
            navigate(view);
            assertThat(shown()).as("%s shown to an anonymous visitor", view).noneMatch(view::isInstance);
        }
    }

    @Test
    void administratorViewsAreRefusedToEditorsAndOpenToAdministrators() {
        List<Class<?>> adminOnly = staffViews().stream().filter(StaffRouteAccessTests::adminOnly).toList();
        assertThat(adminOnly).extracting(Class::getSimpleName).contains("AccountsView", "OperationsView");

        signInWithAccount("route-editor", "EDITOR");
        for (Class<?> view : adminOnly) {
            assertThat(refused(path(view))).as("%s refused to an editor", view).isTrue();
            assertThat(shown()).as("%s shown to an editor", view).noneMatch(view::isInstance);
        }
        signInWithAccount("route-admin", "ADMIN");
        for (Class<?> view : adminOnly) {
            navigate(view);
            assertThat(shown()).as("%s refused to an administrator", view).anyMatch(view::isInstance);
        }
    }

    @Test
    void editorsReachEveryStaffViewThatIsNotForAdministratorsOnly() {
        signInWithAccount("route-editor", "EDITOR");
        for (Class<?> view : staffViews().stream().filter(v -> !adminOnly(v)).toList()) {
            navigate(view);
            assertThat(shown()).as("%s refused to an editor", view).anyMatch(view::isInstance);
        }
    }

    private static boolean adminOnly(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).equals(List.of("ADMIN"));
    }

    private static void navigate(Class<?> view) {
        UI.getCurrent().navigate(path(view));
    }

    private static String path(Class<?> view) {
        // a route parameter gets a made-up value: access is decided before the view looks
        // it up
        return view.getAnnotation(Route.class).value().replaceAll(":[A-Za-z]+\\??", "unknown-id");
    }

    private static List<?> shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    }

    private static List<Class<?>> staffViews() {
        return Views.all()
            .stream()
            .<Class<?>>map(view -> view)
            .filter(view -> view.getAnnotation(Route.class).value().startsWith("staff")
                    || view.getAnnotation(Route.class).layout() == StaffLayout.class)
            .toList();
    }

}
