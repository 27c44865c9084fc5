package de.globallokal.partnerships.partnership;

import de.globallokal.core.partnership.PartnerMunicipality;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.value.GeoPoint;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.support.imports.ImportCsv;
import de.globallokal.support.imports.ImportReport;
import de.globallokal.support.imports.ImportRow;
import de.globallokal.support.imports.ImportRow.Action;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.ChangedFields;
import de.globallokal.support.web.FieldError;
import de.globallokal.support.web.InvalidRequestException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports partnerships from a CSV in the export's columns. A row without id creates, a
 * row with id updates that partnership (fields the CSV has no column for stay as they
 * are). {@code dryRun=true} (the default) only reports what would change and why rows are
 * refused; a real import stores nothing unless every row is acceptable.
 */
@RestController
class PartnershipImport {

    private static final Set<String> KNOWN = Set.of(PartnershipExport.COLUMNS);

    private final PartnershipStore store;

    private final Validator validator;

    PartnershipImport(PartnershipStore store, Validator validator) {
        this.store = store;
        this.validator = validator;
    }

    @PostMapping(value = "/api/partnerships/import", consumes = { "text/csv", "text/plain" })
    ResponseEntity<Map<String, Object>> importCsv(@RequestBody String csv,
            @RequestParam(defaultValue = "true") boolean dryRun, @AuthenticationPrincipal Jwt principal)
            throws IOException {
        List<ImportRow<PartnershipInput>> rows = read(csv);
        return ImportReport.run(rows, dryRun, row -> {
            if (row.action() == Action.CREATE) {
                row.stored(store.create(row.input(), principal.getSubject()).state().id());
            }
            else {
                store.update(row.id(), row.version(), row.input(), principal.getSubject());
            }
        });
    }

    private List<ImportRow<PartnershipInput>> read(String csv) throws IOException {
        try (CSVParser parser = ImportCsv.parse(csv)) {
            List<String> unknown = parser.getHeaderNames().stream().filter(h -> !KNOWN.contains(h)).toList();
            if (unknown.isEmpty() && !parser.getHeaderNames().contains("partner_name")) {
                throw new InvalidRequestException("partner_name", "the CSV needs a header row with partner_name");
            }
            if (!unknown.isEmpty()) {
                throw new InvalidRequestException("header",
                        "unknown columns " + unknown + "; known are " + Arrays.toString(PartnershipExport.COLUMNS));
            }
            List<ImportRow<PartnershipInput>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(record));
            }
            return rows;
        }
    }

    private ImportRow<PartnershipInput> row(CSVRecord record) {
        var row = new ImportRow<PartnershipInput>((int) record.getRecordNumber() + 1); // line
                                                                                       // 1
                                                                                       // is
                                                                                       // the
                                                                                       // header
        List<FieldError> errors = new ArrayList<>();
        String id = value(record, "id");
        Optional<Stored<Partnership>> existing = id == null ? Optional.empty() : store.find(id);
        if (id != null && existing.isEmpty()) {
            errors.add(new FieldError("id", "no partnership " + id + "; leave id empty to create one"));
        }
        Partnership before = existing.map(Stored::state).orElse(null);
        PartnershipInput input = null;
        try {
            input = input(record, before);
        }
        catch (IllegalArgumentException e) {
            errors.add(new FieldError(e.getMessage().split(":", 2)[0], e.getMessage()));
        }
        if (input != null) {
            validator.validate(input)
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        }
        if (!errors.isEmpty()) {
            row.rejected(errors);
            return row;
        }
        if (before == null) {
            row.creates(input);
            return row;
        }
        Partnership after = new Partnership(before.id(), before.slug(), input.partner(), input.kind(), input.since(),
                input.status(), input.statusReason(), input.description(), input.sdgs(), input.milestones(),
                input.localContactIds(), input.partnerContactIds(), input.image(), before.created(), before.modified(),
                input.attachments());
        row.updates(id, existing.get().version(), input, ChangedFields.between(before, after));
        return row;
    }

    /**
     * A column the CSV does not have keeps the stored value; a column left empty clears
     * it.
     */
    private static PartnershipInput input(CSVRecord record, Partnership before) {
        PartnerMunicipality old = before == null ? null : before.partner();
        GeoPoint oldLocation = old == null ? null : old.location();
        Double lat = has(record, "lat") ? number(record, "lat") : oldLocation == null ? null : oldLocation.lat();
        Double lon = has(record, "lon") ? number(record, "lon") : oldLocation == null ? null : oldLocation.lon();
        PartnerMunicipality partner = new PartnerMunicipality(
                keep(record, "partner_name", old == null ? null : old.name()),
                keep(record, "partner_local_name", old == null ? null : old.localName()),
                keep(record, "country", old == null ? null : old.country()),
                keep(record, "region", old == null ? null : old.region()),
                lat == null && lon == null ? null : new GeoPoint(lat, lon), old == null ? null : old.website());
        LocalizedText oldText = before == null ? null : before.description();
        String german = keep(record, "description_de", oldText == null ? null : oldText.de());
        LocalizedText description = german == null ? null
                : new LocalizedText(german, keep(record, "description_en", oldText == null ? null : oldText.en()),
                        keep(record, "description_fr", oldText == null ? null : oldText.fr()),
                        oldText == null ? null : oldText.cs(), oldText == null ? null : oldText.unreviewed());
        List<Integer> sdgs = !has(record, "sdgs") ? (before == null ? List.of() : before.sdgs())
                : value(record, "sdgs") == null ? List.of()
                        : Arrays.stream(value(record, "sdgs").split(";"))
                            .map(String::trim)
                            .map(s -> parse("sdgs", s))
                            .toList();
        Integer since = !has(record, "since") ? (before == null ? null : before.since())
                : value(record, "since") == null ? null : parse("since", value(record, "since"));
        PartnershipKind kind = !has(record, "kind") && before != null ? before.kind()
                : enumValue(record, "kind", PartnershipKind.class);
        PartnershipStatus status = !has(record, "status") && before != null ? before.status()
                : enumValue(record, "status", PartnershipStatus.class);
        return new PartnershipInput(partner, kind, since, status, before == null ? null : before.statusReason(),
                description, sdgs, before == null ? null : before.milestones(),
                before == null ? null : before.localContactIds(), before == null ? null : before.partnerContactIds(),
                before == null ? null : before.image(), before == null ? null : before.attachments());
    }

    private static boolean has(CSVRecord record, String column) {
        return record.isMapped(column);
    }

    private static String keep(CSVRecord record, String column, String stored) {
        return has(record, column) ? value(record, column) : stored;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static Double number(CSVRecord record, String column) {
        String value = value(record, column);
        try {
            return value == null ? null : Double.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + value + "' is not a number");
        }
    }

    private static Integer parse(String column, String value) {
        try {
            return Integer.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + value + "' is not a whole number");
        }
    }

    private static <E extends Enum<E>> E enumValue(CSVRecord record, String column, Class<E> type) {
        String value = value(record, column);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    column + ": '" + value + "' is none of " + Arrays.toString(type.getEnumConstants()));
        }
    }

}
