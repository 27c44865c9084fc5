package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import de.globallokal.core.value.ImageReference;
import java.util.Locale;

/**
 * A picture on a public page: what it shows for those who cannot see it, whose it is,
 * loaded only when it comes into view and never wider than its column.
 */
public final class Pictures {

    private Pictures() {
    }

    public static Div of(ImageReference image, Locale locale) {
        return of(image.url(), image.alt().in(locale), image.credit());
    }

    public static Div of(String url, String alt, String credit) {
        Image picture = new Image(url, alt);
        picture.getElement().setAttribute("loading", "lazy");
        picture.getElement().setAttribute("decoding", "async");
        Div figure = new Div(picture);
        if (credit != null && !credit.isBlank()) {
            figure.add(new Span(credit));
        }
        figure.addClassName("gl-picture");
        return figure;
    }

}
