package de.globallokal.webui.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.security.StaffAccounts;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Every staff member changes their own password here; the policy is checked before
 * anything is stored.
 */
@Route(value = "staff/passwort", layout = StaffLayout.class)
@Menu(title = "staff.nav.password", order = 11)
@RolesAllowed({ "EDITOR", "ADMIN", "PARTNER" })
class PasswordView extends Div implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();

    private final NewPasswordFields next = new NewPasswordFields(this);

    private final Paragraph result = new Paragraph();

    public PasswordView(StaffAccounts accounts, AuthenticationContext authentication) {
        String username = authentication.getPrincipalName().orElseThrow();
        current.setLabel(getTranslation("account.password.current"));
        result.getElement().setAttribute("role", "status");
        result.addClassName("gl-result");
        Button save = new Button(getTranslation("account.password.save"), click -> {
            current.setInvalid(false);
            Optional<String> password = next.checked(username);
            if (password.isEmpty()) {
                return;
            }
            if (!accounts.changePassword(username, current.getValue(), password.get())) {
                current.setErrorMessage(getTranslation("account.password.wrong"));
                current.setInvalid(true);
                return;
            }
            current.clear();
            next.clear();
            result.setText(getTranslation("account.password.changed"));
        });
        save.addClassName("gl-primary");
        Div form = new Div(current, next.password(), next.repeat());
        form.addClassName("gl-form-fields");
        add(new H1(getTranslation("account.password.title")), form, save, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title") + " – " + getTranslation("app.name");
    }

}
