package de.globallokal.webui.reports;

import java.time.LocalDate;

/**
 * What a report covers: the dates from and to (both included) and optionally one
 * partnership or one project (a project narrows further than its partnership).
 */
public record ReportScope(LocalDate from, LocalDate to, String partnershipId, String projectId) {

    public ReportScope {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a report needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day lies before the first");
        }
    }
}
