package de.globallokal.support.imports;

import de.globallokal.support.web.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of an imported CSV and what happens to it.
 *
 * @param <I> the input record the line becomes
 */
public final class ImportRow<I> {

    /** What an import does with a line. */
    public enum Action {

        CREATE, UPDATE, UNCHANGED, REJECTED

    }

    private final int line;

    private Action action;

    private String id;

    private long version;

    private I input;

    private List<String> changed = List.of();

    private List<FieldError> errors = List.of();

    /**
     * @param line the line in the file, the header being line 1
     */
    public ImportRow(int line) {
        this.line = line;
    }

    public void rejected(List<FieldError> errors) {
        this.action = Action.REJECTED;
        this.errors = List.copyOf(errors);
    }

    public void creates(I input) {
        this.action = Action.CREATE;
        this.input = input;
    }

    /** Updates the aggregate at that version, or leaves it when no field changes. */
    public void updates(String id, long version, I input, List<String> changed) {
        this.id = id;
        this.version = version;
        this.input = input;
        this.changed = List.copyOf(changed);
        this.action = changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
    }

    /** After a real import: the id the created aggregate got. */
    public void stored(String id) {
        this.id = id;
    }

    public Action action() {
        return action;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public I input() {
        return input;
    }

    public int line() {
        return line;
    }

    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("line", line);
        report.put("action", action.name());
        if (id != null) {
            report.put("id", id);
        }
        if (!changed.isEmpty()) {
            report.put("changedFields", changed);
        }
        if (!errors.isEmpty()) {
            report.put("errors", errors);
        }
        return report;
    }

}
