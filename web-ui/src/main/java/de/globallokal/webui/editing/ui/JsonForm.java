package de.globallokal.webui.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import de.globallokal.core.json.Json;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.core.validation.ContractPaths.Step;
import de.globallokal.core.validation.ContractPaths;
import de.globallokal.core.validation.ReaderLanguage;
import de.globallokal.core.value.Attachment;
import de.globallokal.webui.base.ui.Uploads;
import de.globallokal.webui.editing.Problem.FieldProblem;
import de.globallokal.webui.files.FileStore;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form over the JSON document of a contract record ({@code PartnershipInput}): each
 * field is bound to a path of that record ({@code partner.name}, {@code description.de}),
 * checked when it is bound, so the editors send exactly the shape the services read, and
 * a complaint about a path lands on the field that holds it. The record's constraints are
 * the form's rules: they mark the required fields, limit the lengths, check each typed
 * value, and check the whole document before it is sent, with the messages the service
 * would give. Fields left empty are left out of the document; nested objects that end up
 * empty go with them.
 */
public class JsonForm extends FormLayout {

    /**
     * What all forms of an editor share: the office's zone (moments are typed in its
     * local time), the languages the site's texts are kept in, and the contract's
     * validation.
     */
    /**
     * @param files where uploaded pictures go; null where a form has no pictures
     */
    public record Settings(ZoneId office, List<String> languages, ValidatorFactory validation, FileStore files) {
    }

    private static final String GERMAN = "de";

    private final Class<?> type;

    private final Settings settings;

    private final Binder<ObjectNode> binder = new Binder<>();

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    private final Map<String, RowsField> rows = new LinkedHashMap<>();

    private final Set<String> bound = new TreeSet<>();

    /** A form over the document of {@code type}, a record of the write contract. */
    public JsonForm(Class<?> type, Settings settings) {
        this.type = type;
        this.settings = settings;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    public TextField text(String path, String label) {
        TextField field = new TextField(label);
        field.setClearButtonVisible(true);
        return bindText(field, path);
    }

    public TextArea area(String path, String label) {
        TextArea field = new TextArea(label);
        setColspan(field, 2);
        return bindText(field, path);
    }

    public IntegerField integer(String path, String label) {
        IntegerField field = new IntegerField(label);
        return bind(field, path, node -> node.isNumber() ? node.asInt() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    public NumberField number(String path, String label) {
        NumberField field = new NumberField(label);
        return bind(field, path, node -> node.isNumber() ? node.asDouble() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    /**
     * One of fixed values (an enum's names); the caption says it in the reader's
     * language.
     */
    public Select<String> choice(String path, String label, List<String> values, Function<String, String> caption) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setItems(values);
        field.setItemLabelGenerator(value -> value == null ? "" : caption.apply(value));
        field.setEmptySelectionAllowed(!ContractPaths.required(settings.validation().getValidator(), type, path));
        return bind(field, path, node -> node.isString() ? node.asString() : null,
                (parent, key, value) -> parent.put(key, value));
    }

    /**
     * One of an enum's values, captioned by the translation {@code <keyPrefix>.<NAME>}.
     */
    public <E extends Enum<E>> Select<String> choice(String path, String label, Class<E> values, String keyPrefix) {
        List<String> names = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return choice(path, label, names, name -> getTranslation(keyPrefix + "." + name));
    }

    /**
     * The goals with their names in the reader's language, kept as a sorted list of
     * numbers.
     */
    public MultiSelectComboBox<Integer> goals(String path, String label) {
        MultiSelectComboBox<Integer> field = new MultiSelectComboBox<>(label);
        field.setItems(IntStream.rangeClosed(SdgCatalogue.FIRST, SdgCatalogue.LAST).boxed().toList());
        field.setItemLabelGenerator(
                number -> number + " " + SdgCatalogue.goal(number).map(goal -> goal.name().in(getLocale())).orElse(""));
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
    public TextField words(String path, String label) {
        TextField field = new TextField(label);
        field.setHelperText(getTranslation("editor.words.help"));
        binder.forField(field).bind(doc -> {
            List<String> words = new ArrayList<>();
            doc.at(pointer(path)).forEach(word -> words.add(word.asString()));
            return String.join(", ", words);
        }, (doc, value) -> {
            ArrayNode list = Json.strict().createArrayNode();
            Arrays.stream(value == null ? new String[0] : value.split(","))
                .map(String::trim)
                .filter(word -> !word.isEmpty())
                .forEach(list::add);
            put(doc, path, list.isEmpty() ? null : list);
        });
        return register(path, field);
    }

    public DatePicker date(String path, String label) {
        DatePicker field = new DatePicker(label);
        return bind(field, path, node -> node.isString() ? LocalDate.parse(node.asString()) : null,
                (parent, key, value) -> parent.put(key, value.toString()));
    }

    public DateTimePicker dateTime(String path, String label) {
        DateTimePicker field = new DateTimePicker(label);
        // the services answer with the offset of the day; the form edits the local time
        // of the event's zone
        return bind(field, path, node -> !node.isString() ? null : node.asString().matches(".*([+-]\\d\\d:\\d\\d|Z)$")
                ? OffsetDateTime.parse(node.asString()).toLocalDateTime() : LocalDateTime.parse(node.asString()),
                (parent, key, value) -> parent.put(key, value.toString()));
    }

    /** A moment, typed as the local time of the office and kept as an instant. */
    public DateTimePicker instant(String path, String label) {
        DateTimePicker field = new DateTimePicker(label);
        return bind(field, path,
                node -> node.isString() ? Instant.parse(node.asString()).atZone(settings.office()).toLocalDateTime()
                        : null,
                (parent, key, value) -> parent.put(key, value.atZone(settings.office()).toInstant().toString()));
    }

    /** A yes or no, always sent: a record's {@code boolean} has no "not given". */
    public Checkbox check(String path, String label) {
        Checkbox field = new Checkbox(label);
        binder.forField(field)
            .bind(doc -> doc.at(pointer(path)).asBoolean(false), (doc, value) -> put(doc, path,
                    Json.strict().getNodeFactory().booleanNode(Boolean.TRUE.equals(value))));
        return register(path, field);
    }

    /**
     * A yes that is left out when no, for a choice inside an optional part (sign-up): a
     * lone "no" would make the part appear without what it needs.
     */
    public Checkbox flag(String path, String label) {
        Checkbox field = new Checkbox(label);
        binder.forField(field)
            .bind(doc -> doc.at(pointer(path)).asBoolean(false), (doc, value) -> put(doc, path,
                    Boolean.TRUE.equals(value) ? Json.strict().getNodeFactory().booleanNode(true) : null));
        return register(path, field);
    }

    /**
     * A list of records (milestones, funding lines, measures), each row a small form over
     * one of them.
     */
    public RowsField rows(String path, String label, String addLabel, String removeLabel, Consumer<JsonForm> row) {
        Step list = ContractPaths.resolve(type, path).getLast();
        RowsField field = new RowsField(label, addLabel, removeLabel, row, () -> new JsonForm(list.type(), settings));
        setColspan(field, 2);
        rows.put(path, field);
        bound.add(path);
        add(field);
        return field;
    }

    /** A heading across the form that groups the fields after it. */
    public void section(String title) {
        H2 heading = new H2(title);
        heading.addClassName("gl-form-section");
        setColspan(heading, 2);
        add(heading);
    }

    /**
     * A text in each language of the site, German first (the source); each translation
     * with a mark for "not checked yet" (a draft or a machine translation), kept in
     * {@code unreviewed}.
     */
    public void localized(String path, String label, boolean multiline) {
        for (String language : settings.languages()) {
            String caption = label + " (" + getTranslation("language." + language) + ")";
            Component field = multiline ? area(path + "." + language, caption) : text(path + "." + language, caption);
            if (!language.equals(GERMAN)) {
                // the mark sits under its own translation, in the same cell of the form
                Div cell = new Div(field, unreviewed(path, language, caption));
                cell.addClassName("gl-translation");
                setColspan(cell, getColspan(field));
                add(cell);
            }
        }
    }

    private Checkbox unreviewed(String path, String language, String caption) {
        String list = path + ".unreviewed";
        ContractPaths.resolve(type, list);
        Checkbox field = new Checkbox(getTranslation("editor.unreviewed.short"));
        field.setAriaLabel(getTranslation("editor.unreviewed", caption));
        binder.forField(field)
            .bind(doc -> doc.at(pointer(list)).valueStream().anyMatch(code -> code.asString().equals(language)),
                    (doc, marked) -> {
                        Set<String> languages = new LinkedHashSet<>();
                        doc.at(pointer(list)).forEach(code -> languages.add(code.asString()));
                        if (Boolean.TRUE.equals(marked)) {
                            languages.add(language);
                        }
                        else {
                            languages.remove(language);
                        }
                        ArrayNode codes = Json.strict().createArrayNode();
                        settings.languages().stream().filter(languages::contains).forEach(codes::add);
                        put(doc, list, codes.isEmpty() ? null : codes);
                    });
        bound.add(list);
        fields.put(list + "." + language, field);
        return field;
    }

    /**
     * An amount of money, typed in major units (euros) and kept as the services keep it:
     * minor units and a currency, which stays what it was (EUR for a new amount).
     */
    public NumberField money(String path, String label) {
        NumberField field = new NumberField(label);
        field.setStep(0.01);
        field.setMin(0);
        field.setSuffixComponent(new Span("€"));
        binder.forField(field).bind(doc -> {
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

    /**
     * An image by its web address, with its alt text in the site's languages and the
     * credit.
     */
    public void image(String path, String label) {
        TextField url = text(path + ".url", label + " – " + getTranslation("editor.image.url"));
        if (settings.files() != null) {
            Upload upload = pictureUpload(url);
            add(upload);
            setColspan(upload, 2);
        }
        localized(path + ".alt", label + " – " + getTranslation("editor.image.alt"), false);
        text(path + ".credit", label + " – " + getTranslation("editor.image.credit"));
    }

    /**
     * Documents and pictures: each upload becomes a row, whose address, type, name and
     * size the store gave and stay as they are; what it shows and whose it is are typed.
     */
    public RowsField attachments(String path, String label) {
        RowsField field = rows(path, label, "", getTranslation("editor.remove"), row -> {
            row.localized("alt", getTranslation("editor.attachment.alt"), false);
            row.text("credit", getTranslation("editor.image.credit"));
        });
        if (settings.files() == null) {
            return field;
        }
        Span refused = new Span();
        refused.addClassName("gl-error");
        Upload upload = Uploads.intoStore(this, settings.files(), "editor.attachment.upload", Attachment.TYPES,
                kept -> {
                    field.append(Json.strict()
                        .createObjectNode()
                        .put("url", kept.url())
                        .put("type", kept.type())
                        .put("name", kept.name())
                        .put("size", kept.size()));
                    refused.setText("");
                }, refused::setText);
        field.fedBy(new Div(upload, refused), item -> new Anchor(item.path("url").asString(),
                item.path("name").asString() + " (" + item.path("type").asString() + ")"));
        return field;
    }

    /**
     * Uploading a picture fills in its address: the store keeps it, the address field
     * names it, saving the form stores the reference.
     */
    private Upload pictureUpload(TextField url) {
        Consumer<String> refused = reason -> {
            url.setErrorMessage(reason);
            url.setInvalid(true);
        };
        Upload upload = Uploads.intoStore(this, settings.files(), "editor.image.upload",
                List.of("image/jpeg", "image/png", "image/webp"), kept -> {
                    // the browser's filter can be got round: the store's answer decides
                    if (!kept.type().startsWith("image/")) {
                        refused.accept(getTranslation("files.refused.picture"));
                        return;
                    }
                    url.setValue(kept.url());
                    url.setInvalid(false);
                }, refused);
        upload.setMaxFiles(1);
        upload.addClassName("gl-picture-upload");
        return upload;
    }

    /**
     * One entry of another list by its id (the partnership of a project, the organiser of
     * an event).
     */
    public Select<String> reference(String path, String label, Map<String, String> names) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setItems(names.keySet());
        field.setItemLabelGenerator(id -> id == null ? "" : names.getOrDefault(id, id));
        field.setEmptySelectionAllowed(!ContractPaths.required(settings.validation().getValidator(), type, path));
        return bind(field, path, node -> node.isString() ? node.asString() : null,
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
        Arrays.stream(values.getEnumConstants())
            .forEach(v -> names.put(v.name(), getTranslation(keyPrefix + "." + v.name())));
        return references(path, label, names);
    }

    /**
     * Fills the fields from a document (the service's current state, or the defaults of a
     * new one).
     */
    public void read(JsonNode document) {
        ObjectNode doc = document instanceof ObjectNode object ? object : Json.strict().createObjectNode();
        binder.readBean(doc);
        rows.forEach((path, field) -> field.read(doc.at(pointer(path))));
    }

    /** Checks each typed value by its constraints; shows the complaints on the fields. */
    public boolean validate() {
        boolean valid = binder.validate().isOk();
        for (RowsField field : rows.values()) {
            valid &= field.validate();
        }
        return valid;
    }

    /**
     * What the fields hold, written over a copy of {@code base} (which keeps what the
     * form does not show).
     */
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
     * Checks a written document as the service will: read as the contract record, then
     * every constraint of the record, in the reader's language. Each complaint is put on
     * its field; the ones no field holds are returned, to be shown above the form.
     * @return empty when the document may be sent
     */
    public List<FieldProblem> check(ObjectNode document) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Object input = Json.strict().treeToValue(document, type);
            for (ConstraintViolation<Object> violation : ReaderLanguage.validator(settings.validation(), getLocale())
                .validate(input)) {
                problems.add(new FieldProblem(ContractPaths.of(violation), violation.getMessage()));
            }
        }
        catch (JacksonException e) {
            problems.add(new FieldProblem("", e.getOriginalMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    /**
     * Puts each complaint (the form's own or a service's) on the field of its path, or
     * the nearest field that holds it; the ones no field holds are returned, to be shown
     * above the form.
     */
    public List<String> show(List<FieldProblem> problems) {
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if (!place(problem.field(), problem.message())) {
                unplaced
                    .add(problem.field().isEmpty() ? problem.message() : problem.field() + ": " + problem.message());
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
        // a whole object left out (no partner at all) is marked on the fields it needs
        List<HasValidation> needed = fields.entrySet()
            .stream()
            .filter(entry -> entry.getKey().startsWith(path + "."))
            .map(Map.Entry::getValue)
            .filter(HasValue::isRequiredIndicatorVisible)
            .filter(HasValidation.class::isInstance)
            .map(HasValidation.class::cast)
            .toList();
        if (!fields.containsKey(path) && !needed.isEmpty()) {
            needed.forEach(field -> invalid(field, message));
            return true;
        }
        String nearest = fields.keySet()
            .stream()
            .filter(candidate -> candidate.equals(path) || path.startsWith(candidate + ".")
                    || path.startsWith(candidate + "[") || candidate.startsWith(path + "."))
            .max(Comparator.comparingInt(String::length))
            .orElse(null);
        if (nearest == null || !(fields.get(nearest) instanceof HasValidation validation)) {
            return false;
        }
        invalid(validation, message);
        return true;
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * The field bound to a path, for tests and for the few forms that set one field from
     * another.
     */
    public HasValue<?, ?> field(String path) {
        return fields.get(path);
    }

    /** One row of a list field, for tests. */
    public JsonForm row(String path, int index) {
        return rows.get(path).row(index);
    }

    /** The record's paths this form binds, a list's rows as {@code milestones.year}. */
    public SortedSet<String> paths() {
        SortedSet<String> paths = new TreeSet<>(bound);
        rows.forEach((path, field) -> field.paths().forEach(inRow -> paths.add(path + "." + inRow)));
        return paths;
    }

    public boolean hasChanges() {
        return binder.hasChanges() || rows.values().stream().anyMatch(RowsField::hasChanges);
    }

    private <F extends Component & HasValue<?, String>> F bindText(F field, String path) {
        return bind(field, path, node -> node.isValueNode() ? node.asString() : "",
                (parent, key, value) -> parent.put(key, value.strip()), true);
    }

    private <F extends Component & HasValue<?, T>, T> F bind(F field, String path, Function<JsonNode, T> reader,
            Writer<T> writer) {
        return bind(field, path, reader, writer, false);
    }

    private <F extends Component & HasValue<?, T>, T> F bind(F field, String path, Function<JsonNode, T> reader,
            Writer<T> writer, boolean blankIsEmpty) {
        Step leaf = ContractPaths.resolve(type, path).getLast();
        binder.forField(field)
            .withValidator(typed(leaf))
            .bind(doc -> reader.apply(doc.at(pointer(path))), (doc, value) -> {
                boolean empty = value == null || blankIsEmpty && value.toString().isBlank();
                if (empty) {
                    put(doc, path, null);
                }
                else {
                    writer.write(parent(doc, path), leaf(path), value);
                }
            });
        return register(path, field);
    }

    /**
     * A typed value checked by the constraints of its component as soon as it is typed.
     * An empty field waits for the check of the whole document: whether it is needed can
     * depend on its neighbours (an optional text needs its German once it has any
     * language).
     */
    private <T> Validator<T> typed(Step leaf) {
        return (value, context) -> {
            Object typed = value instanceof String text ? text.strip() : value;
            if (typed == null || "".equals(typed) || leaf.list() || !leaf.type().isInstance(typed)) {
                return ValidationResult.ok();
            }
            Locale locale = context.getLocale().orElse(Locale.GERMAN);
            @SuppressWarnings("unchecked")
            Class<Object> owner = (Class<Object>) leaf.owner();
            return ReaderLanguage.validator(settings.validation(), locale)
                .validateValue(owner, leaf.name(), typed)
                .stream()
                .findFirst()
                .map(violation -> ValidationResult.error(violation.getMessage()))
                .orElse(ValidationResult.ok());
        };
    }

    private <F extends Component & HasValue<?, ?>> F register(String path, F field) {
        var contract = settings.validation().getValidator();
        // a required select or date-time picker would carry aria-required on an element
        // whose role does not allow it (vaadin/web-components#7337, caught by the axe
        // scan); the check before sending still refuses it
        boolean ariaSafe = !(field instanceof Select<?>) && !(field instanceof DateTimePicker);
        field.setRequiredIndicatorVisible(ariaSafe && ContractPaths.required(contract, type, path));
        Step leaf = ContractPaths.resolve(type, path).getLast();
        // a list's size says how many, not how long (themes: up to 20 words in one field)
        ContractPaths.constraints(contract, leaf)
            .stream()
            .filter(constraint -> !leaf.list())
            .filter(constraint -> constraint.getAnnotation() instanceof Size)
            .map(constraint -> ((Size) constraint.getAnnotation()).max())
            .min(Integer::compare)
            .ifPresent(max -> {
                if (field instanceof TextField text) {
                    text.setMaxLength(max);
                }
                else if (field instanceof TextArea area) {
                    area.setMaxLength(max);
                }
            });
        bound.add(path);
        fields.put(path, field);
        if (field instanceof HasLabel labelled && labelled.getLabel() != null) {
            field.getElement().setAttribute("data-path", path);
        }
        add(field);
        return field;
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
        }
        else {
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

    /**
     * The rows of a list field: each a {@link JsonForm} over one element, built by the
     * same recipe.
     */
    public static final class RowsField extends Div {

        private final Consumer<JsonForm> recipe;

        private final Supplier<JsonForm> blank;

        private final List<JsonForm> forms = new ArrayList<>();

        private final Map<JsonForm, ObjectNode> originals = new IdentityHashMap<>();

        private final Div list = new Div();

        private final Paragraph error = new Paragraph();

        private final String removeLabel;

        private boolean changed;

        private final Button add;

        private Function<JsonNode, Component> caption;

        RowsField(String label, String addLabel, String removeLabel, Consumer<JsonForm> recipe,
                Supplier<JsonForm> blank) {
            this.recipe = recipe;
            this.blank = blank;
            this.removeLabel = removeLabel;
            addClassName("gl-rows");
            error.addClassName("gl-error");
            error.setVisible(false);
            add = new Button(addLabel, click -> append(Json.strict().createObjectNode()));
            add(new H3(label), error, list, add);
        }

        /**
         * A row for an item that comes from elsewhere (an upload), as if added by hand.
         */
        public void append(JsonNode item) {
            addRow(item);
            changed = true;
        }

        /**
         * Rows that come only from elsewhere: no empty row to add, each with a caption of
         * what it holds beyond its fields.
         */
        void fedBy(Component source, Function<JsonNode, Component> rowCaption) {
            add.setVisible(false);
            caption = rowCaption;
            addComponentAtIndex(2, source);
        }

        void read(JsonNode items) {
            forms.clear();
            originals.clear();
            list.removeAll();
            items.forEach(this::addRow);
            changed = false;
        }

        private JsonForm form() {
            JsonForm form = blank.get();
            recipe.accept(form);
            return form;
        }

        private void addRow(JsonNode item) {
            JsonForm form = form();
            form.read(item);
            // the row's own document: its fields write over it, so parts of an item the
            // form does not show survive
            originals.put(form, item instanceof ObjectNode object ? object : Json.strict().createObjectNode());
            Div row = caption == null ? new Div(form) : new Div(caption.apply(item), form);
            row.addClassName("gl-row");
            Button remove = new Button(removeLabel, click -> {
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

        /** The paths one row binds, known without a row on the page. */
        SortedSet<String> paths() {
            return form().paths();
        }

        public int size() {
            return forms.size();
        }

        public JsonForm row(int index) {
            return forms.get(index);
        }

    }

}
