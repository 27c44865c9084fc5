package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The frame of every staff page: who is signed in and sign-out in the bar, the staff
 * navigation in a drawer beside the page (over it on a phone, behind the menu button).
 * The navigation lists the views that carry a {@code staff.nav.*} menu title and that the
 * signed-in person may open.
 */
@RolesAllowed({ "EDITOR", "ADMIN", "PARTNER" })
public class StaffLayout extends AppLayout {

    private final Main main = new Main();

    public StaffLayout(AuthenticationContext authentication) {
        addClassName("gl-staff");
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip"));
        skip.addClassName("gl-skip-link");
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("staff.menu"));
        Anchor brand = Menus.link("staff", getTranslation("staff.brand"));
        brand.addClassName("gl-brand");
        Span who = new Span(getTranslation("staff.signed-in", authentication.getPrincipalName().orElse("")));
        who.addClassName("gl-who");
        Button logout = new Button(getTranslation("staff.logout"), click -> authentication.logout());
        addToNavbar(skip, menu, brand, who, logout);

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        Menus.of(Menus.STAFF)
            .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.public"), ""));
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);

        main.setId("main-content");
        // AppLayout scrolls its content in a region of its own: keyboard users reach and
        // scroll it as a tab stop
        main.getElement().setAttribute("tabindex", "0");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

}
