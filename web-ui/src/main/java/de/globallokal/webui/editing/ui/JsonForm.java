package de.globallokal.webui.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import de.globallokal.core.json.Json;
import de.globallokal.webui.editing.Problem.FieldProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form over a JSON document: each field is bound to a JSON path ({@code partner.name},
 * {@code description.de}), so the editors send exactly the shape the services read, and a
 * service's complaint about a path lands on the field that holds it. Fields left empty are
 * left out of the document; nested objects that end up empty go with them.
 */
public class JsonForm extends FormLayout {

    private final Binder<ObjectNode> binder = new Binder<>();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, RowsField> rows = new LinkedHashMap<>();

    private final ZoneId office;

    /** A form whose moments are typed in the local time of the office's zone. */
    public JsonForm(ZoneId office) {
        this.office = office;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    @SafeVarargs
    public final TextField text(String path, String label, Validator<String>... rules) {
        TextField field = new TextField(label);
        field.setClearButtonVisible(true);
        return bindText(field, path, rules);
    }

    @SafeVarargs
    public final TextArea area(String path, String label, Validator<String>... rules) {
        TextArea field = new TextArea(label);
        setColspan(field, 2);
        return bindText(field, path, rules);
    }

    @SafeVarargs
    public final IntegerField integer(String path, String label, Validator<Integer>... rules) {
        IntegerField field = new IntegerField(label);
        return bind(field, path, rules, node -> node.isNumber() ? node.asInt() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    @SafeVarargs
    public final NumberField number(String path, String label, Validator<Double>... rules) {
        NumberField field = new NumberField(label);
        return bind(field, path, rules, node -> node.isNumber() ? node.asDouble() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    /** One of fixed values (an enum's names); the caption says it in the reader's language. */
    @SafeVarargs
    public final Select<String> choice(String path, String label, List<String> values, Function<String, String> caption,
            Validator<String>... rules) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setItems(values);
        field.setItemLabelGenerator(value -> value == null ? "" : caption.apply(value));
        field.setEmptySelectionAllowed(!isRequired(rules));
        return bind(field, path, rules, node -> node.isString() ? node.asString() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    /** The sustainable development goals, 1–17, kept as a sorted list of numbers. */
    public MultiSelectComboBox<Integer> sdgs(String path, String label, Function<Integer, String> caption) {
        MultiSelectComboBox<Integer> field = new MultiSelectComboBox<>(label);
        field.setItems(IntStream.rangeClosed(1, 17).boxed().toList());
        field.setItemLabelGenerator(caption::apply);
        setColspan(field, 2);
        binder.forField(field).bind(doc -> {
            Set<Integer> goals = new TreeSet<>();
            doc.at(pointer(path)).forEach(goal -> goals.add(goal.asInt()));
            return goals;
        }, (doc, goals) -> {
            ArrayNode list = Json.strict().createArrayNode();
            goals.stream().sorted().forEach(list::add);
            put(doc, path, goals.isEmpty() ? null : list);
        });
        return register(path, field);
    }

    /** Words separated by commas, kept as a list of strings (themes, language codes). */
    @SafeVarargs
    public final TextField words(String path, String label, Validator<String>... rules) {
        TextField field = new TextField(label);
        field.setHelperText(getTranslation("editor.words.help"));
        Binder.BindingBuilder<ObjectNode, String> builder = binder.forField(field);
        for (Validator<String> rule : rules) {
            builder = builder.withValidator(rule);
        }
        builder.bind(doc -> {
            List<String> words = new ArrayList<>();
            doc.at(pointer(path)).forEach(word -> words.add(word.asString()));
            return String.join(", ", words);
        }, (doc, value) -> {
            ArrayNode list = Json.strict().createArrayNode();
            Arrays.stream(value == null ? new String[0] : value.split(",")).map(String::trim)
                    .filter(word -> !word.isEmpty()).forEach(list::add);
            put(doc, path, list.isEmpty() ? null : list);
        });
        return register(path, field);
    }

    @SafeVarargs
    public final DatePicker date(String path, String label, Validator<LocalDate>... rules) {
        DatePicker field = new DatePicker(label);
        return bind(field, path, rules, node -> node.isString() ? LocalDate.parse(node.asString()) : null,
                (parent, key, value) -> parent.put(key, value.toString()));
    }

    @SafeVarargs
    public final DateTimePicker dateTime(String path, String label, Validator<LocalDateTime>... rules) {
        DateTimePicker field = new DateTimePicker(label);
        // the services answer with the offset of the day; the form edits the local time of the event's zone
        return bind(field, path, rules, node -> !node.isString() ? null : node.asString().matches(".*([+-]\\d\\d:\\d\\d|Z)$")
                ? java.time.OffsetDateTime.parse(node.asString()).toLocalDateTime() : LocalDateTime.parse(node.asString()),
                (parent, key, value) -> parent.put(key, value.toString()));
    }

    public Checkbox check(String path, String label) {
        Checkbox field = new Checkbox(label);
        binder.forField(field).bind(doc -> doc.at(pointer(path)).asBoolean(false),
                (doc, value) -> put(doc, path, Boolean.TRUE.equals(value)
                        ? Json.strict().getNodeFactory().booleanNode(true) : null));
        return register(path, field);
    }

    /** A list of objects (milestones, funding lines, measures), each row a small form of its own. */
    public RowsField rows(String path, String label, String addLabel, String removeLabel,
            java.util.function.Consumer<JsonForm> row) {
        RowsField field = new RowsField(label, addLabel, removeLabel, row, office);
        setColspan(field, 2);
        rows.put(path, field);
        add(field);
        return field;
    }

    /** A heading across the form that groups the fields after it. */
    public void section(String title) {
        com.vaadin.flow.component.html.H2 heading = new com.vaadin.flow.component.html.H2(title);
        heading.addClassName("gl-form-section");
        setColspan(heading, 2);
        add(heading);
    }

    /** A text in German (the source, {@code required} if the service needs it), English and French. */
    public void localized(String path, String label, boolean required, boolean multiline) {
        for (String language : List.of("de", "en", "fr")) {
            String caption = label + " (" + getTranslation("language." + language) + ")";
            Validator<String> length = Rules.maxLength(4000);
            if (multiline) {
                if (required && language.equals("de")) {
                    area(path + "." + language, caption, Rules.required(), length);
                } else {
                    area(path + "." + language, caption, length);
                }
            } else if (required && language.equals("de")) {
                text(path + "." + language, caption, Rules.required(), length);
            } else {
                text(path + "." + language, caption, length);
            }
        }
    }

    /** One of an enum's values, captioned by the translation {@code <keyPrefix>.<NAME>}. */
    public <E extends Enum<E>> Select<String> choice(String path, String label, Class<E> values, String keyPrefix,
            boolean required) {
        List<String> names = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        Function<String, String> caption = name -> getTranslation(keyPrefix + "." + name);
        return required ? choice(path, label, names, caption, Rules.required()) : choice(path, label, names, caption);
    }

    /**
     * An amount of money, typed in major units (euros) and kept as the services keep it: minor
     * units and a currency, which stays what it was (EUR for a new amount).
     */
    @SafeVarargs
    public final NumberField money(String path, String label, Validator<Double>... rules) {
        NumberField field = new NumberField(label);
        field.setStep(0.01);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        Binder.BindingBuilder<ObjectNode, Double> builder = binder.forField(field);
        for (Validator<Double> rule : rules) {
            builder = builder.withValidator(rule);
        }
        field.setRequiredIndicatorVisible(isRequired(rules));
        builder.bind(doc -> {
            JsonNode minor = doc.at(pointer(path + ".amountMinor"));
            return minor.isNumber() ? minor.asLong() / 100.0 : null;
        }, (doc, value) -> {
            if (value == null) {
                put(doc, path, null);
                return;
            }
            String currency = doc.at(pointer(path + ".currency")).asString("EUR");
            ObjectNode money = Json.strict().createObjectNode();
            money.put("amountMinor", Math.round(value * 100));
            money.put("currency", currency.isBlank() ? "EUR" : currency);
            put(doc, path, money);
        });
        return register(path, field);
    }

    /** A moment, typed as the local time of the office and kept as an instant. */
    public DateTimePicker instant(String path, String label) {
        DateTimePicker field = new DateTimePicker(label);
        return bind(field, path, new Validator[0], node -> node.isString()
                ? java.time.Instant.parse(node.asString()).atZone(office).toLocalDateTime() : null,
                (parent, key, value) -> parent.put(key, value.atZone(office).toInstant().toString()));
    }

    /** An image by its web address, with a German alt text and the credit (the services require the text with the address). */
    public void image(String path, String label) {
        text(path + ".url", label + " – " + getTranslation("editor.image.url"), Rules.webAddress(), Rules.maxLength(500));
        text(path + ".alt.de", label + " – " + getTranslation("editor.image.alt"), Rules.maxLength(4000));
        text(path + ".credit", label + " – " + getTranslation("editor.image.credit"), Rules.maxLength(200));
    }

    /** One entry of another list by its id (the partnership of a project, the organiser of an event). */
    @SafeVarargs
    public final Select<String> reference(String path, String label, Map<String, String> names, Validator<String>... rules) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setItems(names.keySet());
        field.setItemLabelGenerator(id -> id == null ? "" : names.getOrDefault(id, id));
        field.setEmptySelectionAllowed(!isRequired(rules));
        return bind(field, path, rules, node -> node.isString() ? node.asString() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    /** Several entries of another list by their ids, kept as a list of ids. */
    public MultiSelectComboBox<String> references(String path, String label, Map<String, String> names) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(label);
        field.setItems(names.keySet());
        field.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        setColspan(field, 2);
        binder.forField(field).bind(doc -> {
            Set<String> ids = new LinkedHashSet<>();
            doc.at(pointer(path)).forEach(id -> ids.add(id.asString()));
            return ids;
        }, (doc, ids) -> {
            ArrayNode list = Json.strict().createArrayNode();
            ids.forEach(list::add);
            put(doc, path, ids.isEmpty() ? null : list);
        });
        return register(path, field);
    }

    /** Several of an enum's values, kept as a list of names. */
    public <E extends Enum<E>> MultiSelectComboBox<String> choices(String path, String label, Class<E> values,
            String keyPrefix) {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(values.getEnumConstants()).forEach(v -> names.put(v.name(), getTranslation(keyPrefix + "." + v.name())));
        return references(path, label, names);
    }

    /** The goals with their names in the reader's language. */
    public MultiSelectComboBox<Integer> goals(String path, String label) {
        return sdgs(path, label, number -> number + " " + de.globallokal.core.sdg.SdgCatalogue.goal(number)
                .map(goal -> goal.name().in(getLocale())).orElse(""));
    }

    /** Fills the fields from a document (the service's current state, or the defaults of a new one). */
    public void read(JsonNode document) {
        ObjectNode doc = document instanceof ObjectNode object ? object : Json.strict().createObjectNode();
        binder.readBean(doc);
        rows.forEach((path, field) -> field.read(doc.at(pointer(path))));
    }

    /** Checks every field by the rules it was given; shows the complaints on the fields. */
    public boolean validate() {
        boolean valid = binder.validate().isOk();
        for (RowsField field : rows.values()) {
            valid &= field.validate();
        }
        return valid;
    }

    /** What the fields hold, written over a copy of {@code base} (which keeps what the form does not show). */
    public ObjectNode write(ObjectNode base) {
        ObjectNode doc = base.deepCopy();
        binder.writeBeanAsDraft(doc, true);
        rows.forEach((path, field) -> {
            ArrayNode list = field.write();
            put(doc, path, list.isEmpty() ? null : list);
        });
        prune(doc);
        return doc;
    }

    /**
     * Puts each of a service's complaints on the field of its path (or the nearest field that
     * holds it); the ones no field holds are returned, to be shown above the form.
     */
    public List<String> show(List<FieldProblem> problems) {
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if (!place(problem.field(), problem.message())) {
                unplaced.add(problem.field().isEmpty() ? problem.message() : problem.field() + ": " + problem.message());
            }
        }
        return unplaced;
    }

    boolean place(String path, String message) {
        for (Map.Entry<String, RowsField> list : rows.entrySet()) {
            String prefix = list.getKey() + "[";
            if (path.startsWith(prefix) && path.indexOf(']') > prefix.length()) {
                int index = Integer.parseInt(path.substring(prefix.length(), path.indexOf(']')));
                String rest = path.substring(path.indexOf(']') + 1).replaceFirst("^\\.", "");
                if (list.getValue().place(index, rest, message)) {
                    return true;
                }
            }
            if (path.equals(list.getKey()) || path.startsWith(prefix)) {
                list.getValue().setError(message);
                return true;
            }
        }
        String nearest = fields.keySet().stream()
                .filter(candidate -> candidate.equals(path) || path.startsWith(candidate + ".")
                        || path.startsWith(candidate + "[") || candidate.startsWith(path + "."))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        if (nearest == null || !(fields.get(nearest) instanceof HasValidation validation)) {
            return false;
        }
        validation.setErrorMessage(message);
        validation.setInvalid(true);
        return true;
    }

    /** The field bound to a path, for tests and for the few forms that set one field from another. */
    public HasValue<?, ?> field(String path) {
        return fields.get(path);
    }

    /** One row of a list field, for tests. */
    public JsonForm row(String path, int index) {
        return rows.get(path).row(index);
    }

    public boolean hasChanges() {
        return binder.hasChanges() || rows.values().stream().anyMatch(RowsField::hasChanges);
    }

    private <F extends Component & HasValue<?, String>> F bindText(F field, String path, Validator<String>[] rules) {
        return bind(field, path, rules, node -> node.isValueNode() ? node.asString() : "",
                (parent, key, value) -> parent.put(key, value.strip()), true);
    }

    private <F extends Component & HasValue<?, T>, T> F bind(F field, String path, Validator<T>[] rules,
            Function<JsonNode, T> reader, Writer<T> writer) {
        return bind(field, path, rules, reader, writer, false);
    }

    private <F extends Component & HasValue<?, T>, T> F bind(F field, String path, Validator<T>[] rules,
            Function<JsonNode, T> reader, Writer<T> writer, boolean blankIsEmpty) {
        Binder.BindingBuilder<ObjectNode, T> builder = binder.forField(field);
        for (Validator<T> rule : rules) {
            builder = builder.withValidator(rule);
        }
        // a required select or date-time picker would carry aria-required on an element whose role does not
        // allow it (vaadin/web-components#7337, caught by the axe scan); their rule still refuses an empty value
        boolean ariaSafe = !(field instanceof Select<?>) && !(field instanceof DateTimePicker);
        field.setRequiredIndicatorVisible(isRequired(rules) && ariaSafe);
        builder.bind(doc -> reader.apply(doc.at(pointer(path))), (doc, value) -> {
            boolean empty = value == null || blankIsEmpty && value.toString().isBlank();
            if (empty) {
                put(doc, path, null);
            } else {
                writer.write(parent(doc, path), leaf(path), value);
            }
        });
        return register(path, field);
    }

    private <F extends Component & HasValue<?, ?>> F register(String path, F field) {
        fields.put(path, field);
        if (field instanceof HasLabel labelled && labelled.getLabel() != null) {
            field.getElement().setAttribute("data-path", path);
        }
        add(field);
        return field;
    }

    private static boolean isRequired(Validator<?>[] rules) {
        return Arrays.stream(rules).anyMatch(rule -> rule instanceof Rules.Required);
    }

    private interface Writer<T> {
        void write(ObjectNode parent, String key, T value);
    }

    static String pointer(String path) {
        return "/" + path.replace('.', '/');
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ObjectNode parent(ObjectNode doc, String path) {
        ObjectNode node = doc;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }

    private static void put(ObjectNode doc, String path, JsonNode value) {
        if (value == null) {
            JsonNode parent = doc.at(pointer(path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : ""));
            if (path.contains(".") ? parent instanceof ObjectNode : true) {
                ((ObjectNode) (path.contains(".") ? parent : doc)).remove(leaf(path));
            }
        } else {
            parent(doc, path).set(leaf(path), value);
        }
    }

    private static void prune(ObjectNode doc) {
        Set<String> empty = new LinkedHashSet<>();
        doc.properties().forEach(entry -> {
            if (entry.getValue() instanceof ObjectNode child) {
                prune(child);
                if (child.isEmpty()) {
                    empty.add(entry.getKey());
                }
            }
        });
        doc.remove(empty);
    }

    /** The rows of a list field: each a {@link JsonForm} built by the same recipe. */
    public static final class RowsField extends com.vaadin.flow.component.html.Div {

        private final java.util.function.Consumer<JsonForm> recipe;
        private final List<JsonForm> forms = new ArrayList<>();
        private final Map<JsonForm, ObjectNode> originals = new java.util.IdentityHashMap<>();
        private final com.vaadin.flow.component.html.Div list = new com.vaadin.flow.component.html.Div();
        private final com.vaadin.flow.component.html.Paragraph error = new com.vaadin.flow.component.html.Paragraph();
        private final String removeLabel;
        private final ZoneId office;
        private boolean changed;

        RowsField(String label, String addLabel, String removeLabel, java.util.function.Consumer<JsonForm> recipe,
                ZoneId office) {
            this.recipe = recipe;
            this.office = office;
            this.removeLabel = removeLabel;
            addClassName("gl-rows");
            error.addClassName("gl-error");
            error.setVisible(false);
            com.vaadin.flow.component.button.Button add = new com.vaadin.flow.component.button.Button(addLabel,
                    click -> {
                        addRow(Json.strict().createObjectNode());
                        changed = true;
                    });
            add(new com.vaadin.flow.component.html.H3(label), error, list, add);
        }

        void read(JsonNode items) {
            forms.clear();
            originals.clear();
            list.removeAll();
            items.forEach(this::addRow);
            changed = false;
        }

        private void addRow(JsonNode item) {
            JsonForm form = new JsonForm(office);
            recipe.accept(form);
            form.read(item);
            // the row's own document: its fields write over it, so parts of an item the form does not show survive
            originals.put(form, item instanceof ObjectNode object ? object : Json.strict().createObjectNode());
            com.vaadin.flow.component.html.Div row = new com.vaadin.flow.component.html.Div(form);
            row.addClassName("gl-row");
            com.vaadin.flow.component.button.Button remove = new com.vaadin.flow.component.button.Button(removeLabel,
                    click -> {
                        forms.remove(form);
                        originals.remove(form);
                        list.remove(row);
                        changed = true;
                    });
            row.add(remove);
            forms.add(form);
            list.add(row);
        }

        boolean validate() {
            error.setVisible(false);
            boolean valid = true;
            for (JsonForm form : forms) {
                valid &= form.validate();
            }
            return valid;
        }

        ArrayNode write() {
            ArrayNode items = Json.strict().createArrayNode();
            for (JsonForm form : forms) {
                items.add(form.write(originals.get(form)));
            }
            return items;
        }

        boolean place(int index, String path, String message) {
            return index < forms.size() && forms.get(index).place(path, message);
        }

        void setError(String message) {
            error.setText(message);
            error.setVisible(true);
        }

        boolean hasChanges() {
            return changed || forms.stream().anyMatch(JsonForm::hasChanges);
        }

        public int size() {
            return forms.size();
        }

        public JsonForm row(int index) {
            return forms.get(index);
        }
    }
}
