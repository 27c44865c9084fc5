package de.globallokal.webui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.testkit.Browser;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.StaffRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff pages in chromium, signed in through the login form as an administrator: an
 * axe-core scan of each (WCAG 2.1 AA, failing on serious or critical violations). The
 * services do not answer here; the editors' new forms, the lists, reports and operations
 * still render.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "globallokal.services.events-url=http://127.0.0.1:9")
class StaffPagesBrowserTests {

    private static final List<String> STAFF_PAGES = List.of("staff", "staff/partnerschaften",
            "staff/partnerschaften/neu", "staff/projekte", "staff/projekte/neu", "staff/programm", "staff/akteure",
            "staff/akteure/neu", "staff/kontakte", "staff/kontakte/neu", "staff/veranstaltungen",
            "staff/veranstaltungen/neu", "staff/beschaffung", "staff/strukturen", "staff/beschluesse/neu",
            "staff/gremien/neu", "staff/anmeldungen", "staff/einlass",
            "staff/berichte?von=" + LocalDate.now().withDayOfYear(1) + "&bis=" + LocalDate.now().plusMonths(6),
            "staff/betrieb", "staff/konten", "staff/passwort");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    ChromeDriver browser;

    @BeforeAll
    void signIn() throws Exception {
        if (!accounts.exists("axe-admin")) {
            accounts.create("axe-admin", "a-long-admin-password", EnumSet.of(StaffRole.ADMIN));
        }
        browser = Browser.open("de");
        Browser.signIn(browser, "http://localhost:" + port + "/login", "axe-admin", "a-long-admin-password");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOpenStaffPageEndsOnceItsAccountIsDisabled() throws Exception {
        if (!accounts.exists("leaving-editor")) {
            accounts.create("leaving-editor", "a-long-editor-password", EnumSet.of(StaffRole.EDITOR));
        }
        ChromeDriver other = Browser.open("de");
        try {
            Browser.signIn(other, "http://localhost:" + port + "/login", "leaving-editor", "a-long-editor-password");
            other.get("http://localhost:" + port + "/staff/partnerschaften");
            await().atMost(Duration.ofSeconds(30)).until(() -> !other.findElements(By.tagName("h1")).isEmpty());
            assertThat(other.getCurrentUrl()).doesNotContain("/login");

            accounts.setEnabled("leaving-editor", false);
            // the open page's next request (here: a link in its menu) finds the session
            // ended
            other.findElement(By.cssSelector("vaadin-side-nav-item[path$='staff/projekte']")).click();

            await().atMost(Duration.ofSeconds(30)).until(() -> other.getCurrentUrl().contains("/login"));
        }
        finally {
            other.quit();
        }
    }

    @Test
    void everyStaffPageIsFreeOfSeriousAccessibilityViolations() throws Exception {
        List<String> found = new ArrayList<>();
        for (String page : STAFF_PAGES) {
            browser.get("http://localhost:" + port + "/" + page);
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.tagName("h1")).isEmpty());
            assertThat(browser.getCurrentUrl()).as(page).doesNotContain("/login");
            found.addAll(AxeScan.seriousViolations(browser, page));
            Browser.screenshot(browser, "staff-page-" + page.replaceAll("[/?=&]", "-"));
        }
        assertThat(found).isEmpty();
    }

}
