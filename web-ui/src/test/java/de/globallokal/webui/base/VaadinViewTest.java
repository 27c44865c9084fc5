package de.globallokal.webui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.StaffRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A view test without a browser: the whole app, a mocked Vaadin UI (Karibu) and the real
 * read models.
 */
@IntegrationTest
public abstract class VaadinViewTest {

    // Karibu discovers public views only; ours are package-private where nothing else
    // needs them
    private static final Routes ROUTES = new Routes(new HashSet<>(Views.all()),
            new HashSet<>(new Routes().autoDiscoverViews("de.globallokal.webui").getErrorRoutes()), true);

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void mockVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Autowired
    private StaffAccounts staffAccounts;

    /**
     * Signs in as a staff member who also has an account (views that call a service on
     * the person's behalf need one); an ADMIN is an EDITOR as well.
     */
    protected String signInWithAccount(String name, String role) {
        if (!staffAccounts.exists(name)) {
            staffAccounts.create(name, "initial-password-1",
                    "ADMIN".equals(role) ? EnumSet.of(StaffRole.ADMIN) : EnumSet.of(StaffRole.EDITOR));
        }
        if ("ADMIN".equals(role)) {
            signIn(name, "ADMIN", "EDITOR");
        }
        else {
            signIn(name, "EDITOR");
        }
        return name;
    }

    /**
     * Navigates there as the signed-in person and says whether Vaadin refused them: its
     * access-denied error, which Karibu (2.6 on Vaadin 25) raises as an exception instead
     * of showing an error view.
     */
    protected static boolean refused(String path) {
        try {
            UI.getCurrent().navigate(path);
        }
        catch (MockAccessDeniedException denied) {
            return true;
        }
        return UI.getCurrent()
            .getInternals()
            .getActiveRouterTargetsChain()
            .stream()
            .anyMatch(target -> target.getClass().getSimpleName().contains("Error"));
    }

    /**
     * The text of the page's result line ({@code gl-result}): what a form said after it
     * was sent.
     */
    protected static String result() {
        return _find(Paragraph.class).stream()
            .filter(p -> p.hasClassName("gl-result"))
            .findFirst()
            .orElseThrow()
            .getText();
    }

    /** Signs the mocked browser in as a staff member with these roles (EDITOR, ADMIN). */
    protected static void signIn(String name, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
            .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
            .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, asked) -> Arrays.asList(roles).contains(asked));
    }

}
