package de.globallokal.webui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import de.globallokal.webui.partnerships.ui.PartnershipsView;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language switch in the public header changes the session's language. */
class LanguageSwitchTests extends VaadinViewTest {

    @Test
    void choosingFrenchShowsThePagesInFrench() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(PartnershipsView.class);
        assertThat(_get(H1.class, spec -> spec.withText("Partnerschaften"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("FR")));

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
    }

}
