package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.editing.StaffApi;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Disabling an account or setting its password ends its sessions at their next request,
 * wherever they run (each instance asks the shared database: here a second
 * {@code StaffAccounts} over the same one stands for a second instance), and its next
 * service call is refused.
 */
@IntegrationTest
class StaffSessionsTests {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StaffApi api;

    @AfterEach
    void noOneSignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionLivesOnWhileItsAccountIsUnchanged() throws Exception {
        String name = account();
        MockHttpSession session = signedIn(name);

        assertThat(request(session, new StaffSessions(accounts))).isTrue();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void disablingEndsTheSessionOnEveryInstance() throws Exception {
        String name = account();
        MockHttpSession session = signedIn(name);
        StaffSessions otherInstance = new StaffSessions(new StaffAccounts(mongo, null));

        accounts.setEnabled(name, false);

        assertThat(request(session, otherInstance)).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSession() throws Exception {
        String name = account();
        MockHttpSession session = signedIn(name);

        accounts.setPassword(name, "a-new-long-password-set-by-admin");

        assertThat(request(session, new StaffSessions(accounts))).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSession() throws Exception {
        String name = account();
        MockHttpSession session = signedIn(name);

        assertThat(accounts.changePassword(name, "the-first-password", "a-second-long-password")).isTrue();

        assertThat(request(session, new StaffSessions(accounts))).isTrue();
    }

    @Test
    void aDisabledAccountsNextServiceCallIsRefused() {
        String name = account();
        accounts.setEnabled(name, false);

        StaffApi.Answer answer = api.get(StaffApi.Service.PARTNERSHIPS, name, "/api/partnerships");

        assertThat(answer.status()).isEqualTo(401);
    }

    private String account() {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "the-first-password", EnumSet.of(StaffRole.EDITOR));
        return name;
    }

    private MockHttpSession signedIn(String name) {
        StaffUser user = (StaffUser) accounts.loadUserByUsername(name);
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return new MockHttpSession();
    }

    /**
     * @return whether the request went on signed in
     */
    private static boolean request(MockHttpSession session, StaffSessions filter) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/staff");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return SecurityContextHolder.getContext().getAuthentication() != null;
    }

}
