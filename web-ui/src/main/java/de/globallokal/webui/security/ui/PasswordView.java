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
import de.globallokal.webui.security.PasswordPolicy;
import de.globallokal.webui.security.StaffAccounts;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every staff member changes their own password here; the policy is checked before
 * anything is stored.
 */
@Route(value = "staff/passwort", layout = StaffLayout.class)
@Menu(title = "staff.nav.password", order = 11)
@RolesAllowed({ "EDITOR", "ADMIN" })
class PasswordView extends Div implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();

    private final PasswordField next = new PasswordField();

    private final PasswordField repeat = new PasswordField();

    private final Paragraph result = new Paragraph();

    public PasswordView(StaffAccounts accounts, AuthenticationContext authentication) {
        String username = authentication.getPrincipalName().orElseThrow();
        current.setLabel(getTranslation("account.password.current"));
        next.setLabel(getTranslation("account.password.new", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("account.password.repeat"));
        result.getElement().setAttribute("role", "status");
        result.addClassName("gl-result");
        Button save = new Button(getTranslation("account.password.save"), click -> {
            next.setInvalid(false);
            repeat.setInvalid(false);
            current.setInvalid(false);
            var problem = PasswordPolicy.problem(username, next.getValue());
            if (problem.isPresent()) {
                next.setErrorMessage(getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH));
                next.setInvalid(true);
                return;
            }
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("account.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            if (!accounts.changePassword(username, current.getValue(), next.getValue())) {
                current.setErrorMessage(getTranslation("account.password.wrong"));
                current.setInvalid(true);
                return;
            }
            current.clear();
            next.clear();
            repeat.clear();
            result.setText(getTranslation("account.password.changed"));
        });
        save.addClassName("gl-primary");
        Div form = new Div(current, next, repeat);
        form.addClassName("gl-form-fields");
        add(new H1(getTranslation("account.password.title")), form, save, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title") + " – " + getTranslation("app.name");
    }

}
