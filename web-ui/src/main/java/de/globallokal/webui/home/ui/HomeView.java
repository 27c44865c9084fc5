package de.globallokal.webui.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.partnerships.ui.PartnershipsView;

/** What the office does, in short, and where to go next. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView() {
        addClassName("gl-home");
        add(new H1(getTranslation("home.title")),
                new Paragraph(getTranslation("home.intro")),
                new RouterLink(getTranslation("home.to-partnerships"), PartnershipsView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " – " + getTranslation("home.title");
    }
}
