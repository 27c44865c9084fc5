package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import de.globallokal.webui.base.page.LanguagePaths;
import java.util.List;

/**
 * The menus Vaadin collects from the views' {@code @Menu} annotations, so a layout names
 * no view. A view's menu title is a translation key, and the key's first part says which
 * menu it is in: {@code nav.*} the public header, {@code legal.*} the public footer,
 * {@code staff.nav.*} the staff side navigation. Views the signed-in person may not open
 * are left out.
 */
final class Menus {

    static final String PUBLIC = "nav.";
    static final String LEGAL = "legal.";
    static final String STAFF = "staff.nav.";

    private Menus() {
    }

    static List<MenuEntry> of(String menu) {
        // the views' own access annotations decide: in the view tests Vaadin's menu
        // filter let an editor see Betrieb
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        return MenuConfiguration.getMenuEntries()
            .stream()
            .filter(entry -> entry.title().startsWith(menu))
            .filter(entry -> entry.menuClass() == null || access.hasAccess(entry.menuClass()))
            .map(Menus::relative)
            // each page is a menu entry once, at its German address
            .filter(entry -> LanguagePaths.of(entry.path()).path().equals(entry.path()))
            .toList();
    }

    /**
     * Vaadin names a menu's path from the root ("/akteure"); links are relative to the
     * app's base, as the router's are.
     */
    private static MenuEntry relative(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return new MenuEntry(path, entry.title(), entry.order(), entry.icon(), entry.menuClass());
    }

    /**
     * A link into the app by its path ("" is the home page); Vaadin's router follows it
     * without a reload.
     */
    static Anchor link(String path, String text) {
        return new Anchor(path.isEmpty() ? "." : path, text);
    }

}
