package de.globallokal.webui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.globallokal.webui.security.StaffAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The layouts' menus come from the views' @Menu titles, and show only what the person may
 * open.
 */
class MenusTests extends VaadinViewTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void thePublicHeaderAndFooterListTheirPagesInOrderAndMarkTheCurrentOne() {
        UI.getCurrent().navigate("partnerschaften");

        List<Anchor> header = _find(_get(Header.class), Anchor.class).stream()
            .filter(link -> !link.getElement().hasAttribute("hreflang"))
            .toList();
        assertThat(header).extracting(Anchor::getText)
            .containsExactly("GlobalLokal", "Events", "Partnerships", "Projects", "Local actors",
                    "Sustainable Development Goals", "Fair procurement", "Contact");
        assertThat(header).filteredOn(link -> link.getElement().hasAttribute("aria-current"))
            .extracting(Anchor::getHref)
            .as("in the page's language")
            .containsExactly("en/partnerschaften");
        assertThat(_find(_get(Footer.class), Anchor.class)).extracting(Anchor::getText)
            .containsExactly("Legal notice", "Privacy", "Accessibility");
    }

    @Test
    void editorsSeeTheStaffPagesAndAdministratorsTheirsAsWell() {
        signInWithAccount("menu-editor", "EDITOR");
        UI.getCurrent().navigate("staff");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
            .containsExactly("Overview", "Partnerships", "Projects", "Action programme", "Actors", "Contacts",
                    "Procurement", "Structures", "Events", "Registrations", "Check-in", "Reports", "Password",
                    "Public pages");

        signInWithAccount("menu-admin", "ADMIN");
        UI.getCurrent().getPage().reload();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
            .containsExactly("Overview", "Partnerships", "Projects", "Action programme", "Actors", "Contacts",
                    "Procurement", "Structures", "Events", "Registrations", "Check-in", "Reports", "Operations",
                    "Accounts", "Password", "Public pages");
    }

    @Test
    void aPartnerTownsColleagueIsSentToTheProgrammeAndSeesNoOtherStaffPage() {
        if (!accounts.exists("menu-partner")) {
            accounts.createPartner("menu-partner", "initial-password-1", "no-such-partnership");
        }
        signIn("menu-partner", "PARTNER");

        UI.getCurrent().navigate("staff");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("staff/programm");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
            .containsExactly("Overview", "Action programme", "Password", "Public pages");
        assertThat(refused("staff/partnerschaften")).isTrue();
        assertThat(refused("staff/berichte")).isTrue();
    }

}
