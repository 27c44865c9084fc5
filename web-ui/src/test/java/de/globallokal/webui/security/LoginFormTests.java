package de.globallokal.webui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import de.globallokal.webui.base.VaadinViewTest;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The login form: it counts failures like the token endpoint and tells a delayed person
 * to wait a moment; signing in gives the session a new id, signing out ends it.
 */
class LoginFormTests extends VaadinViewTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Test
    void pastTheFreeFailuresTheFormSaysToWaitAMoment() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String name = "form-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "the-right-password-1", EnumSet.of(StaffRole.EDITOR));

        for (int i = 0; i < 6; i++) {
            assertThat(signIn(mvc, name, "guess-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(mvc, name, "the-right-password-1")).isEqualTo("/login?error=throttled");

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("login", QueryParameters.of("error", "throttled"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        Object i18n = form.getElement().getPropertyRaw("i18n");
        String sent = i18n instanceof JsonNode json ? json.toString() : String.valueOf(i18n);
        assertThat(sent).contains("Bitte kurz warten", "Wartezeit", "wächst");
    }

    @Test
    void theLoginAddressServesOurLoginViewNotSpringsGeneratedPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        String page = mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("Please sign in");
    }

    @Test
    void signingInGivesTheSessionANewIdAndSigningOutEndsIt() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String name = "rotate-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "the-right-password-1", EnumSet.of(StaffRole.EDITOR));
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        // the browser names its session in the request, as its cookie does (Spring 7's
        // mock request no longer assumes it)
        var signedIn = mvc.perform(post("/login").session(session).with(request -> {
            request.setRequestedSessionId(before);
            return request;
        }).param("username", name).param("password", "the-right-password-1").with(csrf())).andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).as("straight to the staff overview").endsWith("/staff");
        assertThat(signedIn.getRequest().getSession().getId()).as("a fixed session id is worthless after sign-in")
            .isNotEqualTo(before);

        var signedOut = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        assertThat(session.isInvalid()).as("sign-out ends the session").isTrue();
        assertThat(signedOut.getResponse().getRedirectedUrl()).isNotNull();
    }

    private static String signIn(MockMvc mvc, String name, String password) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    }

}
