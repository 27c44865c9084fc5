package de.globallokal.webui.reports;

/**
 * The words of a report in the reader's language (the page's translations), for CSV and
 * PDF alike.
 */
@FunctionalInterface
public interface ReportTexts {

    String get(String key, Object... parameters);

}
