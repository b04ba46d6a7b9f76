package id.alursop.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Satu field isian dari skema Camunda Form (form-js) beserta aturan validasinya.
 *
 * <p>Optional settings are {@code null} when the schema does not set them, or when they are
 * FEEL expressions ({@code "=..."}) that the server cannot evaluate.
 *
 * @param key            data key; for a field inside a group with a {@code path} the dotted path,
 *                       e.g. {@code "alamat.rt"}
 * @param label          label for messages: {@code label}, for datetime {@code dateLabel} /
 *                       {@code timeLabel}, else the key
 * @param type           form-js type: textfield, textarea, number, select, radio, checkbox,
 *                       checklist, taglist or datetime
 * @param required       {@code validate.required}
 * @param conditional    whether the field may be hidden or disabled by a FEEL expression
 *                       ({@code conditional.hide} on the field or a parent, or an expression in
 *                       {@code disabled}/{@code readonly}); the browser then does not submit it,
 *                       so the server does not enforce {@code required} for it
 * @param pattern        {@code validate.pattern} as written in the schema (JavaScript regex, not anchored)
 * @param minLength      {@code validate.minLength}
 * @param maxLength      {@code validate.maxLength}
 * @param min            {@code validate.min}
 * @param max            {@code validate.max}
 * @param validationType {@code validate.validationType}, e.g. {@code email}, {@code phone}, {@code custom}
 * @param allowedValues  static option values ({@code values[].value} as text); {@code null} when the
 *                       options come from {@code valuesKey} / {@code valuesExpression} or are not
 *                       given, so no value check applies
 * @param pesanPola      {@code properties.pesanPola}: Indonesian explanation shown when the pattern fails
 * @param subtype        datetime subtype: {@code date}, {@code time} or {@code datetime}; {@code null} otherwise
 */
public record FormField(
        String key,
        String label,
        String type,
        boolean required,
        boolean conditional,
        String pattern,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String validationType,
        List<String> allowedValues,
        String pesanPola,
        String subtype) {

    /** Checks mandatory components and makes {@code allowedValues} immutable. */
    public FormField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
    }

    /** Whether the submitted value must be one of {@link #allowedValues()}. */
    public boolean checksValues() {
        return allowedValues != null;
    }
}
