package id.alursop.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Skema Camunda Form (form-js JSON) yang sudah dibaca: id formulir dan field isian beserta
 * aturannya. Immutable and thread-safe.
 *
 * <p>The {@code components} tree is walked recursively: containers with nested
 * {@code components} (e.g. {@code group}) are entered, a group's {@code path} becomes a prefix
 * of its fields' keys ({@code "alamat.rt"}). A {@code dynamiclist} with a {@code path} becomes a
 * {@link FormList}: its fields are the fields of one row, checked in every row. Only input fields
 * with a {@code key} are kept (textfield, textarea, number, select, radio, checkbox, checklist,
 * taglist, datetime). Fields and lists with {@code "disabled": true} or {@code "readonly": true}
 * are left out, because the browser does not submit them.
 */
public final class FormSchema {

    /** form-js types whose value is submitted by the user. */
    public static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");

    private static final Set<String> OPTION_TYPES = Set.of("select", "radio", "checklist", "taglist");
    private static final ObjectReader READER = ValueSupport.MAPPER.reader()
            .without(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final String id;
    private final List<FormField> fields;
    private final List<FormList> lists;
    private final Map<String, FormField> byKey;
    private Set<String> variables = Set.of();

    private FormSchema(String id, List<FormField> fields, List<FormList> lists) {
        this.id = id;
        this.fields = List.copyOf(fields);
        this.lists = List.copyOf(lists);
        Map<String, FormField> map = new LinkedHashMap<>();
        fields.forEach(f -> map.putIfAbsent(f.key(), f));
        this.byKey = Collections.unmodifiableMap(map);
    }

    /**
     * Reads a form schema. The stream is read but not closed.
     *
     * @throws IllegalArgumentException when the content is no form-js JSON object or a
     *                                  pattern is not a valid regular expression
     */
    public static FormSchema parse(InputStream json) {
        try {
            return of(READER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Skema formulir bukan JSON yang valid: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a form schema from JSON text.
     *
     * @throws IllegalArgumentException when the text is no form-js JSON object or a
     *                                  pattern is not a valid regular expression
     */
    public static FormSchema parse(String json) {
        try {
            return of(READER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Skema formulir bukan JSON yang valid: " + e.getMessage(), e);
        }
    }

    /** The form's {@code id}, or {@code null} when the schema has none. */
    public String id() {
        return id;
    }

    /** Input fields in schema order (depth first). */
    public List<FormField> fields() {
        return fields;
    }

    /** The field with the given key (dotted path for fields in a group with {@code path}). */
    public Optional<FormField> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The dynamic lists outside any other list, in schema order. */
    public List<FormList> lists() {
        return lists;
    }

    /** The dynamic list with the given path (dotted behind a group with {@code path}). */
    public Optional<FormList> list(String path) {
        return lists.stream().filter(l -> l.path().equals(path)).findFirst();
    }

    private static FormSchema of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Skema formulir harus berupa objek JSON");
        }
        List<FormField> fields = new ArrayList<>();
        List<FormList> lists = new ArrayList<>();
        collect(root.path("components"), "", false, fields, lists);
        FormSchema schema = new FormSchema(text(root.get("id")), fields, lists);
        schema.variables = variableNames(root.path("components"));
        return schema;
    }

    /**
     * The variable names the form can submit: every component's key or path (its first segment),
     * read-only and hidden ones included.
     */
    public Set<String> variables() {
        return variables;
    }

    private static Set<String> variableNames(JsonNode components) {
        java.util.Set<String> names = new java.util.HashSet<>();
        variableNames(components, names);
        return Set.copyOf(names);
    }

    private static void variableNames(JsonNode components, java.util.Set<String> out) {
        if (!components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            String path = text(component.get("path"));
            String key = text(component.get("key"));
            if (path != null) {
                out.add(path.split("\\.")[0]);
            } else {
                if (key != null) {
                    out.add(key.split("\\.")[0]);
                }
                variableNames(component.path("components"), out);
            }
        }
    }

    private static void collect(JsonNode components, String prefix, boolean conditional, List<FormField> out,
            List<FormList> lists) {
        if (!components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            boolean fieldConditional = conditional || hasHideCondition(component);
            if ("dynamiclist".equals(type)) {
                String path = text(component.get("path"));
                if (path != null && !isTrue(component.get("disabled")) && !isTrue(component.get("readonly"))) {
                    lists.add(toList(component, prefix + path, fieldConditional));
                }
            } else if (component.has("components")) {
                String path = text(component.get("path"));
                collect(component.get("components"), path == null ? prefix : prefix + path + ".",
                        fieldConditional, out, lists);
            } else if (INPUT_TYPES.contains(type) && text(component.get("key")) != null
                    && !isTrue(component.get("disabled")) && !isTrue(component.get("readonly"))) {
                boolean maybeOff = isExpression(component.get("disabled")) || isExpression(component.get("readonly"));
                out.add(toField(component, type, prefix, fieldConditional || maybeOff));
            }
        }
    }

    /** A dynamic list: its rows' fields and nested lists, keyed relative to the row. */
    private static FormList toList(JsonNode c, String path, boolean conditional) {
        List<FormField> fields = new ArrayList<>();
        List<FormList> lists = new ArrayList<>();
        collect(c.path("components"), "", false, fields, lists);
        String label = text(c.get("label"));
        return new FormList(path, label == null || label.isBlank() ? path : label.strip(), conditional, fields, lists,
                variableNames(c.path("components")));
    }

    private static FormField toField(JsonNode c, String type, String prefix, boolean conditional) {
        String key = prefix + text(c.get("key"));
        JsonNode validate = c.path("validate");
        String pattern = text(validate.get("pattern"));
        if (pattern != null) {
            try {
                JsRegex.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "Pola (pattern) pada field '" + key + "' tidak valid: " + e.getDescription(), e);
            }
        }
        return new FormField(
                key,
                label(c, key),
                type,
                isTrue(validate.get("required")),
                conditional,
                pattern,
                integer(validate.get("minLength")),
                integer(validate.get("maxLength")),
                decimal(validate.get("min")),
                decimal(validate.get("max")),
                text(validate.get("validationType")),
                OPTION_TYPES.contains(type) ? allowedValues(c) : null,
                text(c.path("properties").get("pesanPola")),
                "datetime".equals(type) ? text(c.get("subtype")) : null);
    }

    private static String label(JsonNode c, String key) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            String label = text(c.get(name));
            if (label != null && !label.isBlank()) {
                return label.strip();
            }
        }
        return key;
    }

    /** Static option values; {@code null} when options are dynamic or missing. */
    private static List<String> allowedValues(JsonNode c) {
        if (text(c.get("valuesKey")) != null || text(c.get("valuesExpression")) != null) {
            return null;
        }
        JsonNode values = c.get("values");
        if (values == null || !values.isArray()) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        for (JsonNode option : values) {
            String value = ValueSupport.canonical(option.get("value"));
            if (value != null) {
                allowed.add(value);
            }
        }
        return allowed;
    }

    private static boolean hasHideCondition(JsonNode c) {
        JsonNode hide = c.path("conditional").get("hide");
        return hide != null && (isTrue(hide) || (hide.isTextual() && !hide.textValue().isBlank()));
    }

    private static boolean isTrue(JsonNode node) {
        return node != null && (node.isBoolean() ? node.booleanValue()
                : node.isTextual() && "true".equalsIgnoreCase(node.textValue().strip()));
    }

    private static boolean isExpression(JsonNode node) {
        return node != null && node.isTextual() && node.textValue().strip().startsWith("=");
    }

    /** Non-empty text of a scalar node, or {@code null}. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }

    /** A number or numeric string; {@code null} for absent values and FEEL expressions. */
    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode() || isExpression(node)) {
            return null;
        }
        return ValueSupport.toDecimal(node.isNumber() ? node.decimalValue() : node.asText());
    }

    private static Integer integer(JsonNode node) {
        BigDecimal decimal = decimal(node);
        if (decimal == null) {
            return null;
        }
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
