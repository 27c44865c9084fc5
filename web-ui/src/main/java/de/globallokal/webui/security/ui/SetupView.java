package de.globallokal.webui.security.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.security.FirstAdministrator;
import de.globallokal.webui.security.PasswordPolicy;
import de.globallokal.webui.security.StaffAccounts;
import java.util.Locale;

/**
 * The one-time setup link of a new installation: names the first administrator. Anyone
 * may open the address, but only the token printed in web-ui's log makes it work.
 */
@Route("einrichtung/:token")
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdministrator first;

    private final TextField name = new TextField();

    private final PasswordField password = new PasswordField();

    private final PasswordField repeat = new PasswordField();

    private final Paragraph result = new Paragraph();

    SetupView(FirstAdministrator first) {
        this.first = first;
        // a narrow column like the sign-in page's, whole labels on a phone too
        setAlignItems(Alignment.CENTER);
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        for (var field : new HasSize[] { name, password, repeat }) {
            field.setWidthFull();
        }
        result.getElement().setAttribute("role", "status");
        result.addClassName("gl-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        add(new H1(getTranslation("setup.title")));
        if (!first.open(token)) {
            result.setText(getTranslation("setup.closed"));
            add(result);
            return;
        }
        name.setLabel(getTranslation("account.name"));
        name.setHelperText(getTranslation("account.name.help"));
        password.setLabel(getTranslation("account.password.new", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("account.password.repeat"));
        Button create = new Button(getTranslation("setup.create"), click -> create(token));
        create.addClassName("gl-primary");
        add(new Paragraph(getTranslation("setup.intro")), name, password, repeat, create, result);
    }

    private void create(String token) {
        name.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        String username = name.getValue().strip().toLowerCase(Locale.ROOT);
        if (!username.matches(StaffAccounts.NAME)) {
            name.setErrorMessage(getTranslation("account.name.help"));
            name.setInvalid(true);
            return;
        }
        var problem = PasswordPolicy.problem(username, password.getValue());
        if (problem.isPresent()) {
            password.setErrorMessage(getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH));
            password.setInvalid(true);
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        if (!first.create(token, username, password.getValue())) {
            result.setText(getTranslation("setup.closed"));
            return;
        }
        removeAll();
        result.setText(getTranslation("setup.done", username));
        add(new H1(getTranslation("setup.title")), result, new Anchor("/login", getTranslation("setup.login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " – " + getTranslation("app.name");
    }

}
