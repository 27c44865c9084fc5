package de.globallokal.webui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import de.globallokal.webui.partnerships.ui.PartnershipsView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The language switch in the public header leads to the same page, with its query, at
 * each language's own address, loaded anew; the page's language is marked.
 */
class LanguageSwitchTests extends VaadinViewTest {

    @Test
    void eachLanguageIsTheSamePageAtItsOwnAddress() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(PartnershipsView.class, QueryParameters.simple(Map.of("art", "TOWN_TWINNING")));
        assertThat(_get(H1.class, spec -> spec.withText("Partnerschaften"))).isNotNull();

        List<Anchor> languages = _find(_get(Nav.class, spec -> spec.withClasses("gl-languages")), Anchor.class);

        assertThat(languages).extracting(Anchor::getText).containsExactly("DE", "EN", "FR");
        assertThat(languages).extracting(Anchor::getHref)
            .containsExactly("/partnerschaften?art=TOWN_TWINNING", "/en/partnerschaften?art=TOWN_TWINNING",
                    "/fr/partnerschaften?art=TOWN_TWINNING");
        assertThat(languages).allSatisfy(link -> assertThat(link.getElement().hasAttribute("router-ignore")).isTrue());
        assertThat(languages).filteredOn(link -> link.getElement().hasAttribute("aria-current"))
            .extracting(Anchor::getText)
            .containsExactly("DE");
    }

}
