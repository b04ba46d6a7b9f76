package id.alursop.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Satu daftar isian (form-js {@code dynamiclist}) dari skema Camunda Form: a group of fields the
 * clerk repeats once per row (one applicant, one recipient, …). Its value is a list of objects
 * under the list's {@code path}, one object per row keyed by the row's fields; Tasklist submits it
 * as a {@code Json} variable, e.g. {@code pemohon = [{"nik": "…", "nama": "…"}, …]}.
 *
 * @param path        data path of the list: its {@code path}, behind the path of a group it sits
 *                    in ({@code "data.pemohon"}); for a list inside a row of another list, relative
 *                    to that row
 * @param label       label for messages ({@code label}, else the path)
 * @param conditional whether the list (or a parent) may be hidden by a FEEL expression
 * @param fields      the fields of one row, keys relative to the row ({@code "nik"}, or
 *                    {@code "alamat.rt"} in a group with a path inside the row)
 * @param lists       lists nested in a row, paths relative to the row
 * @param variables   the keys a row may carry (every component's key or path, first segment,
 *                    read-only and hidden ones included)
 */
public record FormList(
        String path,
        String label,
        boolean conditional,
        List<FormField> fields,
        List<FormList> lists,
        Set<String> variables) {

    /** Checks mandatory components and makes the collections immutable. */
    public FormList {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(fields);
        lists = List.copyOf(lists);
        variables = Set.copyOf(variables);
    }

    /**
     * The rows of a list's value as it reaches the server: a Json variable (Tasklist), its JSON
     * text (engine REST without type), a Spin JSON node, a Jackson node or a Java list of maps.
     *
     * @return the rows, each a map of plain Java values ({@code String}, {@code Boolean},
     *         {@code Number}, {@code List}, {@code Map}); empty when the value is absent or blank
     * @throws IllegalArgumentException when the value is no list of objects
     */
    public static List<Map<String, Object>> rows(Object value) {
        Optional<List<Object>> items = items(value);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("bukan daftar");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object item : items.get()) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("baris bukan objek");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) map;
            rows.add(row);
        }
        return rows;
    }

    /**
     * The items of a list value as plain Java objects; an empty list for an absent or blank
     * value; empty when the value is no list.
     */
    static Optional<List<Object>> items(Object value) {
        Object plain = plain(value);
        if (plain == null || plain instanceof CharSequence cs && ValueSupport.jsTrim(cs.toString()).isEmpty()) {
            return Optional.of(List.of());
        }
        if (plain instanceof CharSequence cs) {
            return Optional.ofNullable(ValueSupport.parseJsonArray(cs.toString()));
        }
        List<Object> list = ValueSupport.asList(plain);
        if (list == null) {
            return Optional.empty();
        }
        List<Object> items = new ArrayList<>(list.size());
        list.forEach(item -> items.add(plain(item)));
        return Optional.of(items);
    }

    /** Camunda typed values, Spin and Jackson nodes to plain Java objects. */
    static Object plain(Object value) {
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        if (value instanceof TypedValue typed) {
            return plain(typed.getValue());
        }
        if (value instanceof SpinJsonNode spin) {
            Object node = spin.unwrap();
            return node instanceof JsonNode json ? ValueSupport.fromJson(json) : spin.toString();
        }
        if (value instanceof JsonNode node) {
            return ValueSupport.fromJson(node);
        }
        return value;
    }
}
