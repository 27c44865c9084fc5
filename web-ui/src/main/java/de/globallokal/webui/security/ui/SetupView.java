package de.globallokal.webui.security.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.security.FirstAdministrator;
import de.globallokal.webui.security.StaffAccounts;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-time setup link of a new installation: names the first administrator. Anyone
 * may open the address, but only the token printed in web-ui's log makes it work.
 */
@Route("einrichtung/:token")
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdministrator first;

    private final TextField name = new TextField();

    private final NewPasswordFields password = new NewPasswordFields(this);

    private final Paragraph result = new Paragraph();

    SetupView(FirstAdministrator first) {
        this.first = first;
        // a narrow column like the sign-in page's, whole labels on a phone too
        setAlignItems(Alignment.CENTER);
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        for (var field : new HasSize[] { name, password.password(), password.repeat() }) {
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
        Button create = new Button(getTranslation("setup.create"), click -> create(token));
        create.addClassName("gl-primary");
        add(new Paragraph(getTranslation("setup.intro")), name, password.password(), password.repeat(), create, result);
    }

    private void create(String token) {
        name.setInvalid(false);
        String username = name.getValue().strip().toLowerCase(Locale.ROOT);
        if (!username.matches(StaffAccounts.NAME)) {
            name.setErrorMessage(getTranslation("account.name.help"));
            name.setInvalid(true);
            return;
        }
        Optional<String> chosen = password.checked(username);
        if (chosen.isEmpty()) {
            return;
        }
        if (!first.create(token, username, chosen.get())) {
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
