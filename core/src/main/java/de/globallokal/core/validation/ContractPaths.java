package de.globallokal.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The paths of a contract record as its JSON names them ({@code partner.name},
 * {@code milestones.year} for a field of every milestone): a form binds its fields by
 * these paths, and a complaint about one comes back with the same path.
 */
public final class ContractPaths {

    private static final Set<Class<? extends Annotation>> NEEDED = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    private ContractPaths() {
    }

    /**
     * One step of a path: the record that has the component, the component's name, and
     * the type of its value (for a list, the type of one element).
     */
    public record Step(Class<?> owner, String name, Class<?> type, boolean list) {
    }

    /**
     * The steps of a path through {@code root}; a list's elements are reached without an
     * index ({@code milestones.year}).
     * @throws IllegalArgumentException naming the first part of the path the record does
     * not have
     */
    public static List<Step> resolve(Class<?> root, String path) {
        List<Step> steps = new ArrayList<>();
        Class<?> current = root;
        for (String name : path.split("\\.")) {
            Class<?> owner = current;
            RecordComponent component = component(owner, name).orElseThrow(() -> new IllegalArgumentException(path
                    + " is no path of " + root.getSimpleName() + ": " + owner.getSimpleName() + " has no " + name));
            boolean list = Collection.class.isAssignableFrom(component.getType());
            Class<?> type = list ? element(component.getGenericType()) : component.getType();
            steps.add(new Step(owner, name, type, list));
            current = type;
        }
        return List.copyOf(steps);
    }

    /**
     * Every path of {@code root} down to values that are no records: the paths a form
     * must bind, or name as not edited, to edit the whole record.
     */
    public static SortedSet<String> leaves(Class<?> root) {
        SortedSet<String> leaves = new TreeSet<>();
        collect(root, "", leaves);
        return leaves;
    }

    /**
     * True when the path cannot be left empty: it and every record on the way there are
     * required.
     */
    public static boolean required(Validator validator, Class<?> root, String path) {
        return resolve(root, path).stream()
            .allMatch(step -> constraints(validator, step).stream()
                .anyMatch(constraint -> NEEDED.contains(constraint.getAnnotation().annotationType())));
    }

    /**
     * The constraints declared on one step's component (not those of a list's elements).
     */
    public static Set<ConstraintDescriptor<?>> constraints(Validator validator, Step step) {
        PropertyDescriptor property = validator.getConstraintsForClass(step.owner())
            .getConstraintsForProperty(step.name());
        return property == null ? Set.of() : property.getConstraintDescriptors();
    }

    /**
     * A violation's path as a form and the services name it: {@code milestones[0].year},
     * {@code sdgs[2]}.
     */
    public static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            boolean named = node.getName() != null && node.getKind() == ElementKind.PROPERTY;
            if (named) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    private static void collect(Class<?> type, String prefix, SortedSet<String> leaves) {
        for (RecordComponent component : type.getRecordComponents()) {
            boolean list = Collection.class.isAssignableFrom(component.getType());
            Class<?> value = list ? element(component.getGenericType()) : component.getType();
            String path = prefix + component.getName();
            if (value.isRecord()) {
                collect(value, path + ".", leaves);
            }
            else {
                leaves.add(path);
            }
        }
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? Optional.empty()
                : Arrays.stream(components).filter(component -> component.getName().equals(name)).findFirst();
    }

    private static Class<?> element(Type listType) {
        if (listType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

}
