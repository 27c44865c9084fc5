package de.globallokal.webui.base;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import de.globallokal.testkit.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A view test without a browser: the whole app, a mocked Vaadin UI (Karibu) and the real read models. */
@IntegrationTest
public abstract class VaadinViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("de.globallokal.webui");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void mockVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
