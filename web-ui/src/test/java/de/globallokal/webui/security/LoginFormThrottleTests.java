package de.globallokal.webui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import de.globallokal.webui.base.VaadinViewTest;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form counts failures like the token endpoint, and tells a throttled person why the right password fails too. */
class LoginFormThrottleTests extends VaadinViewTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Test
    void afterTenFailuresTheFormSaysTheAccountIsLockedForAWhile() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String name = "form-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "the-right-password-1", EnumSet.of(StaffRole.EDITOR));

        for (int i = 0; i < 10; i++) {
            assertThat(signIn(mvc, name, "guess-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(mvc, name, "the-right-password-1")).isEqualTo("/login?error=throttled");

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", "throttled"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        Object i18n = form.getElement().getPropertyRaw("i18n");
        String sent = i18n instanceof elemental.json.JsonValue json ? json.toJson() : String.valueOf(i18n);
        assertThat(sent).contains("Konto vorübergehend gesperrt", "15 Minuten", "richtigen Passwort");
    }

    @Test
    void theLoginAddressServesOurLoginViewNotSpringsGeneratedPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("Please sign in");
    }

    private static String signIn(MockMvc mvc, String name, String password) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
