package de.globallokal.webui.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A chart of labelled horizontal bars drawn as SVG, with every number also written on its
 * bar and repeated in words below (screen readers and printouts get the figures, not a
 * picture).
 */
final class HorizontalBars {

    private static final int ROW = 22;

    private static final int LABEL_WIDTH = 190;

    private static final int BAR_WIDTH = 220;

    /** Generous width of one character of the chart's text, in SVG units. */
    private static final int CHAR_WIDTH = 6;

    /**
     * One bar: what it stands for, its value, its colour ({@code #rrggbb}) and how the
     * value is written.
     */
    record Bar(String label, double value, String colour, String shown) {
    }

    private HorizontalBars() {
    }

    static Div chart(String title, List<Bar> bars, double max) {
        int height = Math.max(1, bars.size()) * ROW + 8;
        // the value is written after its bar: leave room for the longest one behind the
        // longest bar
        int valueRoom = bars.stream().mapToInt(bar -> bar.shown().length()).max().orElse(0) * CHAR_WIDTH + 12;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" class=\"gl-chart\" aria-label=\"%s\">",
                LABEL_WIDTH + BAR_WIDTH + valueRoom, height, escape(title)));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * ROW;
            int width = max <= 0 ? 0 : (int) Math.round(bar.value() / max * BAR_WIDTH);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 6, y + 15, escape(shorten(bar.label()))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>",
                    LABEL_WIDTH, y + 2, Math.max(width, 1), bar.colour()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LABEL_WIDTH + width + 6, y + 15,
                    escape(bar.shown())));
            words.append(i == 0 ? "" : "; ").append(bar.label()).append(": ").append(bar.shown());
        }
        Paragraph text = new Paragraph(words.toString());
        text.addClassName("gl-chart-text");
        return new Div(new Svg(svg.append("</svg>").toString()), text);
    }

    private static String shorten(String label) {
        return label.length() > 30 ? label.substring(0, 29) + "…" : label;
    }

    private static String escape(String text) {
        // only the markup characters: XML knows no HTML entities
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
