package de.globallokal.webui.sdgs.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.sdg.Sdg;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.SdgTiles;

/** The 17 goals as numbered tiles, each leading to what the city does for it. */
@Route(value = "nachhaltigkeitsziele", layout = PublicLayout.class)
@Menu(title = "nav.sdgs", order = 5)
@AnonymousAllowed
class SdgsView extends Div implements HasDynamicTitle {

    public SdgsView() {
        addClassName("gl-sdgs");
        add(new H1(getTranslation("sdgs.title")), new Paragraph(getTranslation("sdgs.intro")),
                SdgTiles.of(SdgCatalogue.all().stream().map(Sdg::number).toList(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sdgs.title") + " – " + getTranslation("app.name");
    }

}
