package de.globallokal.webui.partnerships.map;

import com.vaadin.flow.component.Svg;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.value.GeoPoint;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The partner cities as points on the world outlines (drawn once by {@link WorldOutlines}
 * and only referenced here). The map is a picture of the list next to it — same cities —
 * so it is labelled as such and its points stay out of the keyboard's path; the list is
 * in it.
 */
public final class PartnerMap {

    private PartnerMap() {
    }

    /**
     * @param home where the city itself lies, to draw lines to its partners; null for
     * none
     */
    public static Svg of(List<Partnership> partnerships, String label, String homeName, GeoPoint home) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-180 -90 360 180\""
                + " role=\"img\" class=\"gl-map\" aria-label=\"")
            .append(escape(label))
            .append("\">")
            .append("<image href=\"")
            .append(WorldOutlines.PATH.substring(1))
            .append("\" x=\"-180\" y=\"-90\" width=\"360\" height=\"180\"/>");
        for (Partnership p : partnerships) {
            GeoPoint at = p.partner().location();
            if (home != null && at != null) {
                svg.append("<line class=\"gl-map-link\" x1=\"")
                    .append(x(home))
                    .append("\" y1=\"")
                    .append(y(home))
                    .append("\" x2=\"")
                    .append(x(at))
                    .append("\" y2=\"")
                    .append(y(at))
                    .append("\"/>");
            }
        }
        if (home != null) {
            point(svg, home, homeName, "gl-map-home");
        }
        for (Partnership p : partnerships) {
            if (p.partner().location() != null) {
                point(svg, p.partner().location(), p.partner().name(), "gl-map-partner");
            }
        }
        return new Svg(svg.append("</svg>").toString());
    }

    private static void point(StringBuilder svg, GeoPoint at, String name, String className) {
        svg.append("<circle class=\"")
            .append(className)
            .append("\" cx=\"")
            .append(x(at))
            .append("\" cy=\"")
            .append(y(at))
            .append("\" r=\"2.2\"><title>")
            .append(escape(name == null ? "" : name))
            .append("</title></circle>");
    }

    private static String x(GeoPoint at) {
        return WorldOutlines.format(at.lon());
    }

    private static String y(GeoPoint at) {
        return WorldOutlines.format(-at.lat());
    }

    static String escape(String text) {
        // only the markup characters: XML knows no HTML entities
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
