package de.globallokal.webui.site.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import de.globallokal.webui.base.VaadinViewTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The legal pages say what the configuration says, and say when something is not
 * configured.
 */
@TestPropertySource(properties = { "globallokal.site.operator=Stadt Beispielheim",
        "globallokal.site.address=Am Markt 1", "globallokal.site.accessibility-contact=barrieren@example.org",
        "globallokal.site.registration-retention=14d" })
class SitePagesTests extends VaadinViewTest {

    @Test
    void theLegalNoticeNamesTheOperatorAndMarksWhatIsMissing() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(LegalNoticeView.class);

        assertThat(_get(LegalNoticeView.class).getElement().getTextRecursively())
            .contains("Stadt Beispielheim, Am Markt 1")
            .contains("(noch nicht eingetragen)");
    }

    @Test
    void privacyTellsTheRetentionAndAccessibilityHowToReportABarrier() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PrivacyView.class);
        assertThat(_get(PrivacyView.class).getElement().getTextRecursively()).contains("14 days after your date")
            .contains("If you cancel, we delete them at once");

        UI.getCurrent().navigate(AccessibilityView.class);
        assertThat(_get(AccessibilityView.class).getElement().getTextRecursively()).contains("Report a barrier")
            .contains("barrieren@example.org")
            .contains("Web Content Accessibility Guidelines 2.1, level AA");
    }

}
