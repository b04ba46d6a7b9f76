package id.alursop.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions shared by schema parsing and validation; no state, no logging. */
final class ValueSupport {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ValueSupport() {
    }

    /** Converts a Jackson node to plain Java: String, Boolean, Number, List, Map or null. */
    static Object fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(fromJson(item)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), fromJson(e.getValue()));
            }
            return map;
        }
        return node.asText();
    }

    /**
     * Text used to compare option values: strings as they are, booleans as "true"/"false",
     * numbers in plain notation without trailing zeros (1, 1.0 and 1E0 all give "1").
     *
     * @return the text, or {@code null} for values that are not scalar
     */
    static String canonical(Object value) {
        if (value instanceof JsonNode node) {
            return canonical(fromJson(node));
        }
        if (value instanceof CharSequence || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number) {
            BigDecimal decimal = toDecimal(value);
            return decimal == null ? value.toString() : plain(decimal);
        }
        return null;
    }

    /** Plain notation without trailing zeros, e.g. 17, 2.5. */
    static String plain(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * A number as BigDecimal: Java numbers (not NaN/Infinity) and numeric strings.
     *
     * @return the number, or {@code null} when the value is not numeric
     */
    static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof CharSequence cs) {
            String text = jsTrim(cs.toString());
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Parses a JSON array such as {@code ["a","b"]}.
     *
     * @return the items as plain Java objects, or {@code null} when the text is no JSON array
     */
    static List<Object> parseJsonArray(String text) {
        String trimmed = jsTrim(text);
        if (!trimmed.startsWith("[")) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(trimmed);
            return node != null && node.isArray() ? asList(fromJson(node)) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A collection or array as list; {@code null} for anything else. */
    static List<Object> asList(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return new ArrayList<>(Arrays.asList(array));
        }
        return null;
    }

    /** Trims like JavaScript's {@code String.prototype.trim()} (Unicode spaces, BOM, line breaks). */
    static String jsTrim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJsSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
