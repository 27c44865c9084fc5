package de.globallokal.support.imports;

import de.globallokal.support.imports.ImportRow.Action;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Runs an import all or nothing: a dry run only reports; a real one stores the rows (in
 * the order of the file) only when no row is refused, and answers 400 with the same
 * report otherwise.
 */
public final class ImportReport {

    private ImportReport() {
    }

    public static <I> ResponseEntity<Map<String, Object>> run(List<ImportRow<I>> rows, boolean dryRun,
            Consumer<ImportRow<I>> store) {
        boolean acceptable = rows.stream().noneMatch(row -> row.action() == Action.REJECTED);
        if (!dryRun && acceptable) {
            rows.stream().filter(row -> row.action() == Action.CREATE || row.action() == Action.UPDATE).forEach(store);
        }
        Map<String, Long> summary = new LinkedHashMap<>();
        for (Action action : Action.values()) {
            summary.put(action.name().toLowerCase(), rows.stream().filter(r -> r.action() == action).count());
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("dryRun", dryRun);
        report.put("stored", !dryRun && acceptable);
        report.put("summary", summary);
        report.put("rows", rows.stream().map(ImportRow::report).toList());
        return ResponseEntity.status(!dryRun && !acceptable ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(report);
    }

}
