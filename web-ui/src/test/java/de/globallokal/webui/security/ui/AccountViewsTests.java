package de.globallokal.webui.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.security.PasswordPolicy;
import de.globallokal.webui.security.StaffAccounts;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Account administration is for ADMINs only; passwords follow the policy; a staff member
 * changes their own.
 */
class AccountViewsTests extends VaadinViewTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void anonymousVisitorsAndEditorsAreRefusedTheAccountsPage() {
        UI.getCurrent().navigate("staff/konten");
        assertThat(_find(AccountsView.class)).isEmpty();

        signInWithAccount("editor-" + UUID.randomUUID().toString().substring(0, 6), "EDITOR");
        // a signed-in editor is not sent to the login but refused outright (Vaadin shows
        // its access-denied error)
        assertThat(refused("staff/konten")).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
            .noneMatch(target -> target instanceof AccountsView);
    }

    @Test
    void anAdministratorCreatesAnAccountWithAGeneratedPasswordAndDisablesIt() {
        String admin = signInWithAccount("admin-" + UUID.randomUUID().toString().substring(0, 6), "ADMIN");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AccountsView.class);
        String name = "new-" + UUID.randomUUID().toString().substring(0, 6);

        _get(TextField.class, spec -> spec.withLabel("Account name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        String shown = result();
        assertThat(shown).contains(name);
        String password = shown.substring(shown.lastIndexOf(' ') + 1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(accounts.changePassword(name, password, "a-new-long-passphrase")).isTrue();
        assertThat(accounts.list()).anyMatch(a -> a.username().equals(name) && a.enabled());

        accounts.setEnabled(name, false);
        assertThat(accounts.stamp(name)).isEmpty();
        assertThat(accounts.list()).anyMatch(a -> a.username().equals(name) && !a.enabled());
        assertThat(admin).isNotBlank();
    }

    @Test
    void aPasswordChangeChecksThePolicyTheRepetitionAndTheCurrentPassword() {
        String name = signInWithAccount("clerk-" + UUID.randomUUID().toString().substring(0, 6), "EDITOR");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PasswordView.class);
        List<PasswordField> fields = _find(PasswordField.class);

        fields.get(0).setValue("initial-password-1");
        fields.get(1).setValue("short");
        fields.get(2).setValue("short");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(fields.get(1).isInvalid()).isTrue();

        fields.get(0).setValue("not-the-password");
        fields.get(1).setValue("a-brand-new-passphrase");
        fields.get(2).setValue("a-brand-new-passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(fields.get(0).isInvalid()).isTrue();

        fields.get(0).setValue("initial-password-1");
        fields.get(1).setValue("a-brand-new-passphrase");
        fields.get(2).setValue("a-brand-new-passphrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(result()).contains("changed");
        assertThat(accounts.changePassword(name, "a-brand-new-passphrase", "yet-another-passphrase")).isTrue();
    }

    @Test
    void thePolicyWantsTwelveCharactersWithoutTheName() {
        assertThat(PasswordPolicy.problem("ada", "elevenchars")).contains("account.password.too-short");
        assertThat(PasswordPolicy.problem("ada", "my-name-is-ADA-ok")).contains("account.password.contains-name");
        assertThat(PasswordPolicy.problem("ada", "twelve-chars")).isEmpty();
        assertThat(PasswordPolicy.generate()).hasSize(16).isNotEqualTo(PasswordPolicy.generate());
    }

}
