package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.webui.dashboard.ui.DashboardView;
import de.globallokal.webui.actors.ui.StaffActorsView;
import de.globallokal.webui.contacts.ui.StaffContactsView;
import de.globallokal.webui.events.ui.RegistrationsView;
import de.globallokal.webui.events.ui.StaffEventsView;
import de.globallokal.webui.operations.ui.OperationsView;
import de.globallokal.webui.partnerships.ui.StaffPartnershipsView;
import de.globallokal.webui.projects.ui.StaffProjectsView;
import de.globallokal.webui.reports.ui.ReportsView;
import de.globallokal.webui.security.ui.AccountsView;
import de.globallokal.webui.security.ui.PasswordView;
import de.globallokal.webui.home.ui.HomeView;
import jakarta.annotation.security.RolesAllowed;

/** The frame of every staff page: who is signed in, the staff navigation, sign-out. */
@RolesAllowed({"EDITOR", "ADMIN"})
public class StaffLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public StaffLayout(AuthenticationContext authentication) {
        addClassName("gl-page");
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip"));
        skip.addClassName("gl-skip-link");
        RouterLink brand = new RouterLink(getTranslation("staff.brand"), DashboardView.class);
        brand.addClassName("gl-brand");
        Nav nav = new Nav(new RouterLink(getTranslation("staff.nav.dashboard"), DashboardView.class),
                new RouterLink(getTranslation("staff.nav.partnerships"), StaffPartnershipsView.class),
                new RouterLink(getTranslation("staff.nav.projects"), StaffProjectsView.class),
                new RouterLink(getTranslation("staff.nav.actors"), StaffActorsView.class),
                new RouterLink(getTranslation("staff.nav.contacts"), StaffContactsView.class),
                new RouterLink(getTranslation("staff.nav.events"), StaffEventsView.class),
                new RouterLink(getTranslation("staff.nav.registrations"), RegistrationsView.class),
                new RouterLink(getTranslation("staff.nav.reports"), ReportsView.class));
        if (authentication.hasRole("ADMIN")) {
            nav.add(new RouterLink(getTranslation("staff.nav.operations"), OperationsView.class),
                    new RouterLink(getTranslation("staff.nav.accounts"), AccountsView.class));
        }
        nav.add(new RouterLink(getTranslation("staff.nav.password"), PasswordView.class),
                new RouterLink(getTranslation("staff.nav.public"), HomeView.class));
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        Span who = new Span(getTranslation("staff.signed-in", authentication.getPrincipalName().orElse("")));
        com.vaadin.flow.component.button.Button logout = new com.vaadin.flow.component.button.Button(
                getTranslation("staff.logout"), click -> authentication.logout());
        Header header = new Header(brand, nav, who, logout);
        header.addClassName("gl-header");
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        add(skip, header, main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
