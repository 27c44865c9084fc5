package de.globallokal.webui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.globallokal.webui.base.VaadinViewTest;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A new installation has no account and no default password: the setup link printed to
 * the log names the first administrator, once. (A context of its own: no other test's
 * accounts in its database.)
 */
@TestPropertySource(properties = "globallokal.test.context=first-administrator")
class FirstAdministratorTests extends VaadinViewTest {

    @Autowired
    FirstAdministrator first;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSetupLinkCreatesTheFirstAdministratorOnceAndOnlyWithItsToken() {
        // the link printed at start-up is in the log only: a new one for the test
        mongo.getCollection(FirstAdministrator.COLLECTION).deleteMany(new Document());
        String token = first.issue().orElseThrow();
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("einrichtung/" + token + "x");
        assertThat(result()).contains("does not work");
        assertThat(_find(Button.class)).isEmpty();

        UI.getCurrent().navigate("einrichtung/" + token);
        _get(TextField.class, spec -> spec.withLabel("Account name")).setValue("chief");
        List<PasswordField> fields = _find(PasswordField.class);
        fields.get(0).setValue("short");
        fields.get(1).setValue("short");
        _click(_get(Button.class, spec -> spec.withText("Create administrator")));
        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(accounts.noneYet()).isTrue();

        fields.get(0).setValue("a-long-first-passphrase");
        fields.get(1).setValue("a-long-first-passphrase");
        _click(_get(Button.class, spec -> spec.withText("Create administrator")));

        assertThat(result()).contains("chief");
        assertThat(accounts.activeRoles("chief")).hasValueSatisfying(
                roles -> assertThat(roles).containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.EDITOR));
        assertThat(first.open(token)).isFalse();
        assertThat(first.issue()).isEmpty();
        UI.getCurrent().navigate("einrichtung/" + token);
        assertThat(result()).contains("does not work");
    }

}
