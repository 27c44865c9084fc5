package de.globallokal.webui.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import de.globallokal.core.project.Indicator;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * One indicator over time as a small bar chart drawn in SVG, with the same values in a
 * table beneath it: the chart shows the trend, the table says the numbers to anyone.
 */
final class IndicatorChart {

    static final int WIDTH = 300;
    static final int HEIGHT = 100;

    private IndicatorChart() {
    }

    static Component of(Component view, Indicator indicator, Locale locale) {
        List<Indicator.Value> values = indicator.values()
            .stream()
            .sorted(Comparator.comparing(Indicator.Value::date))
            .toList();
        String name = indicator.name().in(locale);
        String unit = indicator.unit() == null ? "" : " " + indicator.unit();
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Div box = new Div(new H3(name));
        box.addClassName("gl-indicator");
        if (values.isEmpty()) {
            return box;
        }
        BigDecimal max = values.stream().map(Indicator.Value::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        double top = Math.max(max.doubleValue(), 1e-9);
        double slot = (double) WIDTH / values.size();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\" role=\"img\" class=\"gl-indicator-chart\" aria-label=\"")
            .append(escape(
                    view.getTranslation("project.indicator.chart", name, numbers.format(values.get(0).value()) + unit,
                            numbers.format(values.get(values.size() - 1).value()) + unit)))
            .append("\">");
        for (int i = 0; i < values.size(); i++) {
            double height = Math.max(1, values.get(i).value().doubleValue() / top * (HEIGHT - 4));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    i * slot + slot * 0.15, HEIGHT - height, slot * 0.7, height));
        }
        box.add(new Svg(svg.append("</svg>").toString()));
        Element table = new Element("table");
        table.setAttribute("class", "gl-indicator-table");
        Element head = new Element("tr");
        head.appendChild(cell("th", view.getTranslation("project.indicator.date")),
                cell("th", view.getTranslation("project.indicator.value")));
        table.appendChild(head);
        for (Indicator.Value value : values) {
            Element row = new Element("tr");
            row.appendChild(cell("td", dates.format(value.date())), cell("td", numbers.format(value.value()) + unit));
            table.appendChild(row);
        }
        box.getElement().appendChild(table);
        return box;
    }

    static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        if ("th".equals(tag)) {
            cell.setAttribute("scope", "col");
        }
        cell.setText(text);
        return cell;
    }

    static String escape(String text) {
        // only the markup characters: XML knows no HTML entities
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
