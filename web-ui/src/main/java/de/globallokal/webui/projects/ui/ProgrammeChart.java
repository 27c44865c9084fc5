package de.globallokal.webui.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.ProgrammeIndicator.Reading;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One indicator as a chart a reader can take in: a value axis from zero with its unit, a
 * time axis from the baseline's date to the target's, the baseline and the target as
 * dashed lines, the readings as a line of points; and the same figures as a table, for
 * whoever does not see the picture. Cells and text are written as {@link IndicatorChart}
 * writes them.
 */
final class ProgrammeChart {

    static final int WIDTH = 320;

    static final int HEIGHT = 180;

    private static final int LEFT = 44;

    private static final int RIGHT = 12;

    private static final int TOP = 24;

    private static final int BOTTOM = 28;

    private ProgrammeChart() {
    }

    static Component of(Component view, ProgrammeIndicator indicator, Locale locale) {
        String name = indicator.name().in(locale);
        String unit = indicator.unit() == null ? "" : indicator.unit();
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Reading> readings = indicator.values().stream().sorted(Comparator.comparing(Reading::date)).toList();
        Div box = new Div(
                new H5(name + (indicator.examples() ? " (" + view.getTranslation("project.examples") + ")" : "")));
        box.addClassName("gl-indicator");
        if (indicator.progress() != null) {
            box.add(new Paragraph(view.getTranslation("project.indicator.way", indicator.progress())));
        }
        List<LocalDate> days = new ArrayList<>(readings.stream().map(Reading::date).toList());
        List<BigDecimal> values = new ArrayList<>(readings.stream().map(Reading::value).toList());
        if (indicator.baseline() != null) {
            days.add(indicator.baseline().date());
            values.add(indicator.baseline().value());
        }
        if (indicator.target() != null) {
            days.add(indicator.target().date());
            values.add(indicator.target().value());
        }
        if (days.isEmpty()) {
            return box;
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double top = niceTop(values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        Scale scale = new Scale(first, span, top);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\" role=\"img\" class=\"gl-programme-chart\" aria-label=\"")
            .append(IndicatorChart.escape(view.getTranslation("project.chart.label", name,
                    indicator.baseline() == null ? "–" : numbers.format(indicator.baseline().value()) + " " + unit,
                    indicator.target() == null ? "–" : numbers.format(indicator.target().value()) + " " + unit,
                    readings.isEmpty() ? "–" : numbers.format(readings.getLast().value()) + " " + unit)))
            .append("\">");
        // the axes: values from zero, time from first to last date
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "gl-axis"))
            .append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "gl-axis"));
        for (double tick : new double[] { 0, top / 2, top }) {
            double y = scale.y(tick);
            svg.append(line(LEFT - 3, y, LEFT, y, "gl-axis"))
                .append(text(LEFT - 5, y + 4, "end", numbers.format(tick)));
        }
        svg.append(text(4, 10, "start", unit));
        svg.append(text(LEFT, HEIGHT - 8, "start", dates.format(first)))
            .append(text(WIDTH - RIGHT, HEIGHT - 8, "end", dates.format(last)));
        if (indicator.baseline() != null) {
            double y = scale.y(indicator.baseline().value().doubleValue());
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "gl-baseline"));
        }
        if (indicator.target() != null) {
            double y = scale.y(indicator.target().value().doubleValue());
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "gl-target"))
                .append(text(WIDTH - RIGHT, y - 4, "end", view.getTranslation("project.indicator.target")));
        }
        if (!readings.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (Reading reading : readings) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(reading.date()),
                        scale.y(reading.value().doubleValue())));
            }
            svg.append("<polyline class=\"gl-readings\" points=\"").append(points.toString().trim()).append("\"/>");
            for (Reading reading : readings) {
                svg.append(String.format(Locale.ROOT, "<circle class=\"gl-reading\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>",
                        scale.x(reading.date()), scale.y(reading.value().doubleValue())));
            }
        }
        box.add(new Svg(svg.append("</svg>").toString()));
        box.getElement().appendChild(table(view, indicator, readings, unit, numbers, dates));
        return box;
    }

    private record Scale(LocalDate first, double span, double top) {

        double x(LocalDate day) {
            return LEFT + ChronoUnit.DAYS.between(first, day) / span * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return HEIGHT - BOTTOM - value / top * (HEIGHT - TOP - BOTTOM);
        }
    }

    /** A round number at or above the highest value, so the axis reads 0, 150, 300. */
    static double niceTop(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static Element table(Component view, ProgrammeIndicator indicator, List<Reading> readings, String unit,
            NumberFormat numbers, DateTimeFormatter dates) {
        Element table = new Element("table");
        table.setAttribute("class", "gl-indicator-table");
        Element head = new Element("tr");
        head.appendChild(IndicatorChart.cell("th", view.getTranslation("project.indicator.date")),
                IndicatorChart.cell("th", view.getTranslation("project.indicator.value")),
                IndicatorChart.cell("th", view.getTranslation("project.indicator.source")));
        table.appendChild(head);
        if (indicator.baseline() != null) {
            table.appendChild(row(dates.format(indicator.baseline().date()),
                    numbers.format(indicator.baseline().value()) + " " + unit,
                    view.getTranslation("project.indicator.baseline")));
        }
        for (Reading reading : readings) {
            table.appendChild(row(dates.format(reading.date()), numbers.format(reading.value()) + " " + unit,
                    reading.source() == null ? "" : reading.source()));
        }
        if (indicator.target() != null) {
            table.appendChild(row(dates.format(indicator.target().date()),
                    numbers.format(indicator.target().value()) + " " + unit,
                    view.getTranslation("project.indicator.target")));
        }
        return table;
    }

    private static Element row(String date, String value, String source) {
        Element row = new Element("tr");
        row.appendChild(IndicatorChart.cell("td", date), IndicatorChart.cell("td", value.trim()),
                IndicatorChart.cell("td", source));
        return row;
    }

    private static String line(double x1, double y1, double x2, double y2, String kind) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", kind,
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                IndicatorChart.escape(text));
    }

}
