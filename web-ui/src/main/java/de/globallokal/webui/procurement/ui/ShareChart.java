package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import de.globallokal.core.procurement.ProcurementFigures.Share;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.web.util.HtmlUtils;

/**
 * A product group's share bought with a label, year by year, as bars in SVG with the
 * target of each year as a mark, and the same figures in a table beneath: the chart shows
 * the trend, the table says the numbers to anyone.
 */
final class ShareChart {

    static final int WIDTH = 320;

    static final int HEIGHT = 140;

    /** Room beneath the bars for the years. */
    static final int AXIS = 18;

    private ShareChart() {
    }

    static Component of(Component view, String group, List<Share> years, Locale locale) {
        Div box = new Div();
        box.addClassName("gl-share");
        if (years.isEmpty()) {
            return box;
        }
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(java.util.Currency.getInstance("EUR"));
        money.setMaximumFractionDigits(0);
        Share last = years.getLast();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\" role=\"img\" class=\"gl-share-chart\" aria-label=\"")
            .append(HtmlUtils.htmlEscape(
                    view.getTranslation("procurement.chart", group, years.getFirst().year(),
                            percent.format(years.getFirst().percent()), last.year(), percent.format(last.percent())),
                    "UTF-8"))
            .append("\">");
        double slot = (double) WIDTH / years.size();
        double plot = HEIGHT - AXIS;
        for (int i = 0; i < years.size(); i++) {
            Share share = years.get(i);
            double height = Math.max(1, share.percent() / 100 * (plot - 14));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"gl-share-bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    i * slot + slot * 0.2, plot - height, slot * 0.6, height));
            // the chart says its figures itself; the table beneath says them to a screen
            // reader, so the labels are hidden from it
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" aria-hidden=\"true\">%s %%</text>",
                    i * slot + slot / 2, plot - height - 3, percent.format(share.percent())));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" aria-hidden=\"true\">%d</text>",
                    i * slot + slot / 2, HEIGHT - 4, share.year()));
            if (share.target() != null) {
                double y = plot - share.target() / 100.0 * (plot - 14);
                svg.append(String.format(Locale.ROOT,
                        "<line class=\"gl-share-target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                        i * slot + slot * 0.1, y, i * slot + slot * 0.9, y));
            }
        }
        box.add(new Svg(svg.append("</svg>").toString()));
        Element table = new Element("table");
        table.setAttribute("class", "gl-share-table");
        Element head = new Element("tr");
        for (String column : List.of("year", "total", "certified", "share", "target")) {
            head.appendChild(cell("th", view.getTranslation("procurement.column." + column)));
        }
        table.appendChild(head);
        for (Share share : years) {
            Element row = new Element("tr");
            row.appendChild(cell("td", String.valueOf(share.year())), cell("td", money.format(share.total() / 100.0)),
                    cell("td", money.format(share.certified() / 100.0)),
                    cell("td", percent.format(share.percent()) + " %"),
                    cell("td", target(view::getTranslation, share)));
            table.appendChild(row);
        }
        box.getElement().appendChild(table);
        return box;
    }

    /**
     * A year's target and whether it was reached, in words ("75 % (reached)"), or "–".
     */
    static String target(BiFunction<String, Object[], String> text, Share share) {
        return share.target() == null ? "–"
                : share.target() + " % (" + text.apply(
                        share.targetMet().orElse(false) ? "procurement.target.met" : "procurement.target.missed",
                        new Object[0]) + ")";
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        if ("th".equals(tag)) {
            cell.setAttribute("scope", "col");
        }
        cell.setText(text);
        return cell;
    }

}
