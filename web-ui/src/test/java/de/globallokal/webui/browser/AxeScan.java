package de.globallokal.webui.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** An axe-core scan of the page the browser shows, against WCAG 2.1 A and AA. */
final class AxeScan {

    private AxeScan() {
    }

    /**
     * The serious and critical violations, each as "/page: rule (impact) [first
     * targets]".
     */
    static List<String> seriousViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
        return results.getViolations()
            .stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .map((Rule v) -> "/" + page + ": " + v.getId() + " (" + v.getImpact() + ") "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
            .toList();
    }

}
