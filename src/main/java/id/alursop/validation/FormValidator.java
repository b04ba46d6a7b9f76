package id.alursop.validation;

import org.camunda.bpm.engine.variable.value.TypedValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Memeriksa isian formulir di server dengan aturan yang sama seperti form-js di browser.
 *
 * <p>Rules per field: required; for text fields pattern (not anchored, like
 * {@code new RegExp(p).test(v)}), minLength/maxLength (on the trimmed text) and
 * validationType email/phone; for number fields "is a number" and min/max; for
 * select/radio/checklist/taglist the static option values; checkbox must be a boolean;
 * datetime with subtype {@code date} must be a date {@code yyyy-MM-dd}. When a value is absent
 * and the field is not required, no rule applies. Messages are Indonesian and start with the
 * label; a pattern failure never repeats the submitted value.
 *
 * <p>Dynamic lists ({@link FormList}): the value must be a list of objects (a Json variable or its
 * text); every row's fields get the same rules as a single field, a row may carry only the keys
 * its fields have, and each broken rule names the list, the row and the field
 * ("Daftar pemohon baris 2: NIK harus 16 digit angka"). An absent or empty list breaks no rule.
 *
 * <p>Stateless and thread-safe.
 */
public class FormValidator {

    /** form-js EMAIL_PATTERN; {@code $} written as {@code \z} to keep JavaScript semantics. */
    static final Pattern EMAIL = Pattern.compile(
            "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\\z");

    /** form-js PHONE_PATTERN (international number with country code, not anchored at the start). */
    static final Pattern PHONE = Pattern.compile(
            "(\\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257|32|229|226|880|359|973|1242|387"
                    + "|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242|682|57|269|238|506|53"
                    + "|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212|34|372|251|358|679|500|33"
                    + "|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|502|594|1671|592|852|504|385|509"
                    + "|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77|254|996|855|686|1869|82|383|965|856"
                    + "|961|231|218|1758|423|94|266|370|352|371|853|590|212|377|373|261|960|52|692|389|223|356|95|382"
                    + "|976|1670|258|222|1664|596|230|265|60|262|264|687|227|672|234|505|683|31|47|977|674|64|968|92|507"
                    + "|64|51|63|680|675|48|1787|1939|850|351|595|970|689|974|262|40|7|250|966|249|221|65|500|4779|677"
                    + "|232|503|378|252|508|381|211|239|597|421|386|46|268|1721|248|963|1649|235|228|66|992|690|993|670"
                    + "|676|1868|216|90|688|886|255|256|380|598|1|998|3906698|379|1784|58|1284|1340|84|678|681|685|967"
                    + "|27|260|263)(9[976]\\d|8[987530]\\d|6[987]\\d|5[90]\\d|42\\d|3[875]\\d|2[98654321]\\d|9[8543210]"
                    + "|8[6421]|6[6543210]|5[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\\d{4,20}\\z");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_QUOTED_LENGTH = 40;

    /**
     * Checks submitted values against the schema.
     *
     * @param schema the form schema
     * @param values submitted values merged with existing variables; plain Java objects or Camunda
     *               {@link TypedValue}s; keys not in the schema are ignored; {@code null} means none
     * @return the broken rules in schema order; empty when the input is valid
     */
    public List<Pelanggaran> validate(FormSchema schema, Map<String, ?> values) {
        Objects.requireNonNull(schema, "schema");
        Map<String, ?> input = values == null ? Map.of() : values;
        List<Pelanggaran> result = new ArrayList<>();
        for (FormField field : schema.fields()) {
            new Check(field, result).run(unwrap(lookup(input, field.key())));
        }
        for (FormList list : schema.lists()) {
            checkList(list, list.path(), list.label(), lookup(input, list.path()), result);
        }
        return List.copyOf(result);
    }

    /**
     * One list's rows.
     *
     * @param path  the list's data path in the submitted values ({@code pemohon}, or
     *              {@code kegiatan[0].anggota} for a list in a row)
     * @param label the list's label, behind the rows it sits in
     */
    private static void checkList(FormList list, String path, String label, Object value, List<Pelanggaran> out) {
        java.util.Optional<List<Object>> items = FormList.items(value);
        if (items.isEmpty()) {
            out.add(new Pelanggaran(path, label, Pelanggaran.TYPE, label + " harus berupa daftar (JSON array)"));
            return;
        }
        List<Object> rows = items.get();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof Map<?, ?> row)) {
                out.add(Pelanggaran.inRow(path, label, i, null, null, Pelanggaran.TYPE,
                        "harus berupa isian (objek JSON)"));
                continue;
            }
            String rowPath = path + "[" + i + "].";
            String rowLabel = Pelanggaran.rowLabel(label, i);
            for (Object key : row.keySet()) {
                String name = String.valueOf(key);
                if (!list.variables().contains(name)) {
                    out.add(Pelanggaran.inRow(path, label, i, name, null, Pelanggaran.UNKNOWN,
                            quotable(name) ? "isian '" + name + "' tidak ada dalam formulir"
                                    : "berisi isian yang tidak ada dalam formulir"));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> values = (Map<String, ?>) row;
            for (FormField field : list.fields()) {
                new RowCheck(field, path, label, i, out).run(unwrap(lookup(values, field.key())));
            }
            for (FormList nested : list.lists()) {
                checkList(nested, rowPath + nested.path(), rowLabel + ", " + nested.label(),
                        lookup(values, nested.path()), out);
            }
        }
    }

    private static boolean quotable(String text) {
        return text != null && text.length() <= MAX_QUOTED_LENGTH && text.chars().noneMatch(Character::isISOControl);
    }

    /**
     * Like {@link #validate}, but throws when a rule is broken.
     *
     * @throws FormValidationException with all broken rules
     */
    public void validateOrThrow(FormSchema schema, Map<String, ?> values) {
        List<Pelanggaran> pelanggaran = validate(schema, values);
        if (!pelanggaran.isEmpty()) {
            throw new FormValidationException(pelanggaran);
        }
    }

    /** The value for a key; a dotted key is also looked up in nested maps ({@code alamat -> rt}). */
    private static Object lookup(Map<String, ?> values, String key) {
        if (values.containsKey(key) || key.indexOf('.') < 0) {
            return values.get(key);
        }
        Object current = values;
        for (String segment : key.split("\\.")) {
            current = unwrap(current);
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    /** Camunda typed values, Spin and Jackson nodes to plain Java objects. */
    private static Object unwrap(Object value) {
        return FormList.plain(value);
    }

    /** The checks for one field in a list's row: messages name the list and the row. */
    private static final class RowCheck extends Check {

        private final String list;
        private final String listLabel;
        private final int index;

        RowCheck(FormField field, String list, String listLabel, int index, List<Pelanggaran> out) {
            super(field, out);
            this.list = list;
            this.listLabel = listLabel;
            this.index = index;
        }

        @Override
        void add(String rule, String message) {
            out.add(Pelanggaran.inRow(list, listLabel, index, field.key(), field.label(), rule, message));
        }
    }

    /** The checks for one field; collects into the shared result list. */
    private static class Check {

        final FormField field;
        final List<Pelanggaran> out;

        Check(FormField field, List<Pelanggaran> out) {
            this.field = field;
            this.out = out;
        }

        /** Records a broken rule; {@code message} as for a single field, starting with its label. */
        void add(String rule, String message) {
            out.add(new Pelanggaran(field.key(), field.label(), rule, message));
        }

        void run(Object value) {
            if (isAbsent(value)) {
                if (field.required() && !field.conditional()) {
                    fail(Pelanggaran.REQUIRED, "wajib diisi");
                }
                return;
            }
            switch (field.type()) {
                case "textfield", "textarea" -> text(value);
                case "number" -> number(value);
                case "select", "radio" -> singleChoice(value);
                case "checklist", "taglist" -> multiChoice(value);
                case "checkbox" -> checkbox(value);
                case "datetime" -> datetime(value);
                default -> {
                    // FormSchema keeps input types only
                }
            }
        }

        private boolean isAbsent(Object value) {
            if (value == null) {
                return true;
            }
            if (value instanceof CharSequence cs) {
                String text = ValueSupport.jsTrim(cs.toString());
                if (text.isEmpty()) {
                    return true;
                }
                if (isMultiChoice()) {
                    List<Object> items = ValueSupport.parseJsonArray(text);
                    return items != null && items.isEmpty();
                }
                return "checkbox".equals(field.type()) && "false".equalsIgnoreCase(text);
            }
            if (value instanceof Collection<?> collection) {
                return collection.isEmpty();
            }
            if (value instanceof Object[] array) {
                return array.length == 0;
            }
            return "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
        }

        private void text(Object value) {
            if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
                fail(Pelanggaran.TYPE, "harus berupa teks");
                return;
            }
            String text = value.toString();
            if (field.pattern() != null && !JsRegex.compile(field.pattern()).matcher(text).find()) {
                add(Pelanggaran.PATTERN, field.pesanPola() != null ? field.pesanPola()
                        : field.label() + " tidak sesuai format yang diminta");
            }
            int length = ValueSupport.jsTrim(text).length();
            if (field.minLength() != null && length < field.minLength()) {
                fail(Pelanggaran.MIN_LENGTH, "minimal " + field.minLength() + " karakter");
            }
            if (field.maxLength() != null && length > field.maxLength()) {
                fail(Pelanggaran.MAX_LENGTH, "maksimal " + field.maxLength() + " karakter");
            }
            if ("email".equals(field.validationType()) && !EMAIL.matcher(text).find()) {
                fail(Pelanggaran.EMAIL, "harus berupa alamat email yang valid");
            }
            if ("phone".equals(field.validationType()) && !PHONE.matcher(text).find()) {
                fail(Pelanggaran.PATTERN,
                        "harus berupa nomor telepon internasional yang valid (mis. +6281234567890)");
            }
        }

        private void number(Object value) {
            BigDecimal number = ValueSupport.toDecimal(value);
            if (number == null) {
                fail(Pelanggaran.NUMBER, "harus berupa angka");
                return;
            }
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                fail(Pelanggaran.MIN, "tidak boleh kurang dari " + ValueSupport.plain(field.min()));
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                fail(Pelanggaran.MAX, "tidak boleh lebih dari " + ValueSupport.plain(field.max()));
            }
        }

        private void singleChoice(Object value) {
            String text = ValueSupport.canonical(value);
            if (text == null) {
                fail(Pelanggaran.TYPE, "harus berupa satu pilihan");
            } else if (field.checksValues() && !field.allowedValues().contains(text)) {
                failValue(text);
            }
        }

        private void multiChoice(Object value) {
            List<Object> items = ValueSupport.asList(value);
            if (items == null) {
                items = ValueSupport.parseJsonArray(value.toString());
            }
            if (items == null) {
                fail(Pelanggaran.TYPE, "harus berupa daftar pilihan");
                return;
            }
            if (!field.checksValues()) {
                return;
            }
            for (Object item : items) {
                String text = ValueSupport.canonical(unwrap(item));
                if (text == null || !field.allowedValues().contains(text)) {
                    failValue(text);
                    return;
                }
            }
        }

        private void checkbox(Object value) {
            if (!(value instanceof Boolean || value instanceof CharSequence cs && isBooleanText(cs))) {
                fail(Pelanggaran.TYPE, "harus bernilai ya atau tidak (true/false)");
            }
        }

        private void datetime(Object value) {
            if (!"date".equals(field.subtype()) || value instanceof Date || value instanceof LocalDate) {
                return;
            }
            if (!(value instanceof CharSequence cs && isIsoDate(ValueSupport.jsTrim(cs.toString())))) {
                fail(Pelanggaran.DATE, "harus berupa tanggal (tttt-bb-hh)");
            }
        }

        private boolean isMultiChoice() {
            return "checklist".equals(field.type()) || "taglist".equals(field.type());
        }

        private void failValue(String text) {
            fail(Pelanggaran.VALUES, quotable(text)
                    ? "berisi nilai '" + text + "' yang tidak termasuk pilihan yang tersedia"
                    : "berisi nilai yang tidak termasuk pilihan yang tersedia");
        }

        private void fail(String rule, String text) {
            add(rule, sebutan(field.label()) + " " + text);
        }

        private static boolean isBooleanText(CharSequence cs) {
            String text = ValueSupport.jsTrim(cs.toString());
            return "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
        }

        private static boolean isIsoDate(String text) {
            if (!ISO_DATE.matcher(text).matches()) {
                return false;
            }
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /**
     * How a message names a field: its label, or, when the label is a question ("Apa perihal
     * kegiatan ini?"), the label quoted after "Isian", so that the message reads as a sentence:
     * {@code Isian "Apa perihal kegiatan ini?" wajib diisi}.
     */
    static String sebutan(String label) {
        return label.contains("?") ? "Isian \"" + label + "\"" : label;
    }
}
