package de.globallokal.webui.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import de.globallokal.webui.security.PasswordPolicy;
import java.util.Optional;

/**
 * A new password typed twice, checked against the password policy and the repetition
 * before anything is stored; each problem is shown at the field it concerns.
 */
final class NewPasswordFields {

    private final Component owner;

    private final PasswordField password = new PasswordField();

    private final PasswordField repeat = new PasswordField();

    NewPasswordFields(Component owner) {
        this.owner = owner;
        password.setLabel(owner.getTranslation("account.password.new", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(owner.getTranslation("account.password.repeat"));
    }

    PasswordField password() {
        return password;
    }

    PasswordField repeat() {
        return repeat;
    }

    /** The new password when it may be used for this account, else empty (and said). */
    Optional<String> checked(String username) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        Optional<String> problem = PasswordPolicy.problem(username, password.getValue());
        if (problem.isPresent()) {
            password.setErrorMessage(owner.getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH));
            password.setInvalid(true);
            return Optional.empty();
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(owner.getTranslation("account.password.mismatch"));
            repeat.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    void clear() {
        password.clear();
        repeat.clear();
    }

}
