package de.globallokal.partnerships.procurement;

import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.PurchaseInput;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.core.project.Money;
import de.globallokal.support.imports.ImportCsv;
import de.globallokal.support.imports.ImportReport;
import de.globallokal.support.imports.ImportRow;
import de.globallokal.support.imports.ImportRow.Action;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.ChangedFields;
import de.globallokal.support.web.FieldError;
import de.globallokal.support.web.InvalidRequestException;
import de.globallokal.support.web.KeyedAggregates;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Imports purchase records from a CSV as a finance department exports it: comma or
 * semicolon separated, English or German column names, amounts with a decimal point or a
 * decimal comma, the product group and labels by key or by name. A line for a department,
 * year and group already on file updates that record. {@code dryRun=true} (the default)
 * only reports; a real import stores nothing unless every line is acceptable.
 */
@RestController
class PurchaseImport {

    /** Each column by its English name with the German names a finance export may use. */
    static final Map<String, List<String>> COLUMNS = columns();

    private final PurchaseStore store;

    private final AggregateCollection<ProductGroup> groups;

    private final AggregateCollection<Label> labels;

    private final Validator validator;

    PurchaseImport(PurchaseStore store, AggregateCollection<ProductGroup> groups, AggregateCollection<Label> labels,
            Validator validator) {
        this.store = store;
        this.groups = groups;
        this.labels = labels;
        this.validator = validator;
    }

    @PostMapping(value = "/api/purchases/import", consumes = { "text/csv", "text/plain" })
    ResponseEntity<Map<String, Object>> importCsv(@RequestBody String csv,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(defaultValue = "false") boolean publish,
            @AuthenticationPrincipal Jwt principal) throws IOException {
        List<ImportRow<PurchaseInput>> rows = read(csv, publish);
        return ImportReport.run(rows, dryRun, row -> {
            if (row.action() == Action.CREATE) {
                row.stored(store.create(row.input(), principal.getSubject()).state().id());
            }
            else {
                store.update(row.id(), row.version(), row.input(), principal.getSubject());
            }
        });
    }

    private List<ImportRow<PurchaseInput>> read(String csv, boolean publish) throws IOException {
        char delimiter = ImportCsv.delimiterOf(csv);
        try (CSVParser parser = ImportCsv.parse(csv)) {
            Map<String, String> columnOf = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String name : parser.getHeaderNames()) {
                canonical(name).ifPresentOrElse(column -> columnOf.put(column, name), () -> unknown.add(name));
            }
            if (!unknown.isEmpty()) {
                throw new InvalidRequestException("header", "unknown columns " + unknown + "; known are "
                        + COLUMNS.keySet() + " or their German names " + COLUMNS.values());
            }
            List<String> missing = List.of("department", "year", "product_group", "total", "certified")
                .stream()
                .filter(column -> !columnOf.containsKey(column))
                .toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("header", "the CSV needs the columns " + missing);
            }
            Catalogue catalogue = new Catalogue(groups, labels);
            Map<String, Integer> seen = new HashMap<>();
            List<ImportRow<PurchaseInput>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(new Line(record, columnOf, delimiter), catalogue, seen, publish));
            }
            return rows;
        }
    }

    private ImportRow<PurchaseInput> row(Line line, Catalogue catalogue, Map<String, Integer> seen, boolean publish) {
        var row = new ImportRow<PurchaseInput>(line.number());
        List<FieldError> errors = new ArrayList<>();
        String currency = Optional.ofNullable(line.value("currency")).orElse("EUR").toUpperCase(Locale.ROOT);
        String group = catalogue.group(line.value("product_group"));
        if (line.value("product_group") != null && group == null) {
            errors.add(new FieldError("product_group", "no product group " + line.value("product_group")));
        }
        List<String> labelKeys = new ArrayList<>();
        for (String name : line.list("labels")) {
            String key = catalogue.label(name);
            if (key == null) {
                errors.add(new FieldError("labels", "no label " + name));
            }
            labelKeys.add(key == null ? name : key);
        }
        Integer year = line.whole("year", errors);
        Money total = line.money("total", currency, errors);
        Money certified = line.money("certified", currency, errors);
        Boolean example = line.yesNo("example", errors);
        PurchaseInput input = new PurchaseInput(line.value("department"), year,
                group == null ? line.value("product_group") : group, total, certified, labelKeys, example, publish);
        if (errors.isEmpty()) {
            validator.validate(input)
                .forEach(v -> errors.add(new FieldError(column(v.getPropertyPath().toString()), v.getMessage())));
        }
        if (errors.isEmpty()) {
            String identity = PurchaseStore.identity(input);
            Integer earlier = seen.putIfAbsent(identity, line.number());
            if (earlier != null) {
                errors.add(new FieldError("department",
                        "line " + earlier + " has the same department, year and product group; one line each, please"));
            }
        }
        if (!errors.isEmpty()) {
            row.rejected(errors);
            return row;
        }
        Optional<Stored<PurchaseRecord>> existing = store.findSame(input);
        if (existing.isEmpty()) {
            row.creates(input);
            return row;
        }
        PurchaseRecord before = existing.get().state();
        // an import never hides figures already public; a file without an example column
        // keeps what the record says
        PurchaseInput merged = new PurchaseInput(input.department(), input.year(), input.productGroup(), input.total(),
                input.certified(), input.labels(), example == null ? before.example() : example,
                publish || before.published());
        PurchaseRecord after = PurchaseStore.state(before.id(), merged, before.created(), before.modified());
        row.updates(before.id(), existing.get().version(), merged, ChangedFields.between(before, after));
        return row;
    }

    /** A violation of the record named by the CSV's column. */
    private static String column(String property) {
        return switch (property) {
            case "productGroup" -> "product_group";
            case "certifiedWithinTotal" -> "certified";
            case "labelsNamedForCertifiedSpend" -> "labels";
            default -> property.replaceFirst("\\..*", "").replaceFirst("\\[.*", "");
        };
    }

    private static Optional<String> canonical(String header) {
        String name = header.trim()
            .toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_|_$", "");
        return COLUMNS.entrySet()
            .stream()
            .filter(column -> column.getKey().equals(name) || column.getValue().contains(name))
            .map(Map.Entry::getKey)
            .findFirst();
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("department", List.of("amt", "dienststelle", "organisationseinheit", "fachbereich"));
        columns.put("year", List.of("jahr", "haushaltsjahr"));
        columns.put("product_group", List.of("produktgruppe", "warengruppe"));
        columns.put("total", List.of("gesamt", "ausgaben", "ausgaben_gesamt", "summe"));
        columns.put("certified", List.of("davon_mit_guetezeichen", "mit_guetezeichen", "zertifiziert"));
        columns.put("labels", List.of("guetezeichen", "siegel"));
        columns.put("currency", List.of("waehrung"));
        columns.put("example", List.of("beispiel"));
        return columns;
    }

    /** One line of the file, read by canonical column. */
    private record Line(CSVRecord record, Map<String, String> columnOf, char delimiter) {

        int number() {
            return (int) record.getRecordNumber() + 1; // line 1 is the header
        }

        String value(String column) {
            String header = columnOf.get(column);
            if (header == null || !record.isMapped(header) || !record.isSet(header)) {
                return null;
            }
            String value = record.get(header);
            return value == null || value.isBlank() ? null : value.trim();
        }

        List<String> list(String column) {
            String value = value(column);
            if (value == null) {
                return List.of();
            }
            String separators = delimiter == ';' ? "[|/,]" : "[|/;]";
            return Arrays.stream(value.split(separators)).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        Integer whole(String column, List<FieldError> errors) {
            String value = value(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            }
            catch (NumberFormatException e) {
                errors.add(new FieldError(column, "'" + value + "' is not a year"));
                return null;
            }
        }

        /**
         * Whether a line is an example: yes or no in the languages of the site, or empty.
         */
        Boolean yesNo(String column, List<FieldError> errors) {
            String value = value(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "ja", "yes", "oui", "true", "1", "x" -> true;
                case "nein", "no", "non", "false", "0" -> false;
                default -> {
                    errors.add(new FieldError(column, "'" + value + "' is neither yes nor no"));
                    yield null;
                }
            };
        }

        private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([.,' ]?\\d{3})*([.,]\\d{1,2})?");

        /**
         * An amount such as {@code 1234.50}, {@code 1.234,50} or {@code 1234,5}: the last
         * separator before one or two digits is the decimal one.
         */
        Money money(String column, String currency, List<FieldError> errors) {
            String value = value(column);
            if (value == null) {
                return null;
            }
            String plain = value.replace("€", "").replace("EUR", "").trim();
            if (!AMOUNT.matcher(plain).matches()) {
                errors.add(new FieldError(column, "'" + value + "' is not an amount such as 1234.50 or 1.234,50"));
                return null;
            }
            String normal = plain.replaceAll("[.,' ](\\d{1,2})$", "#$1").replaceAll("[.,' ]", "").replace('#', '.');
            long minor = new BigDecimal(normal).movePointRight(2).longValueExact();
            return new Money(minor, currency);
        }

    }

    /** The product groups and labels on file, found by key or by name in any language. */
    private static final class Catalogue {

        private final Map<String, String> groups = new HashMap<>();

        private final Map<String, String> labels = new HashMap<>();

        Catalogue(AggregateCollection<ProductGroup> groupStore, AggregateCollection<Label> labelStore) {
            for (Stored<ProductGroup> stored : groupStore.page(KeyedAggregates.KEY, 0, 1000)) {
                ProductGroup group = stored.state();
                put(groups, group.key(), group.key());
                for (String name : Arrays.asList(group.name().de(), group.name().en(), group.name().fr())) {
                    put(groups, name, group.key());
                }
            }
            for (Stored<Label> stored : labelStore.page(KeyedAggregates.KEY, 0, 1000)) {
                put(labels, stored.state().key(), stored.state().key());
                put(labels, stored.state().name(), stored.state().key());
            }
        }

        private static void put(Map<String, String> index, String name, String key) {
            if (name != null) {
                index.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), key);
            }
        }

        String group(String name) {
            return name == null ? null : groups.get(name.trim().toLowerCase(Locale.ROOT));
        }

        String label(String name) {
            return labels.get(name.trim().toLowerCase(Locale.ROOT));
        }

    }

}
