package id.alursop.validation;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FormValidatorTest {

    private static final FormSchema SCHEMA = FormSchema.parse("""
            {
              "id": "Form_Pendaftaran",
              "schemaVersion": 16,
              "components": [
                { "type": "textfield", "key": "nik", "label": "NIK Kepala Keluarga",
                  "validate": { "required": true, "pattern": "^\\\\d{16}$" },
                  "properties": { "pesanPola": "NIK Kepala Keluarga harus terdiri dari 16 angka" } },
                { "type": "textfield", "key": "kodeDesa", "label": "Kode Desa",
                  "validate": { "pattern": "^[A-Z]{2}-\\\\d+$" } },
                { "type": "textfield", "key": "nama", "label": "Nama",
                  "validate": { "minLength": 3, "maxLength": 10 } },
                { "type": "textarea", "key": "catatan", "label": "Catatan", "validate": { "maxLength": 5 } },
                { "type": "number", "key": "umur", "label": "Umur", "validate": { "min": 17, "max": 120 } },
                { "type": "number", "key": "luas", "label": "Luas Tanah", "validate": { "max": 2.5 } },
                { "type": "select", "key": "jenisKelamin", "label": "Jenis Kelamin",
                  "values": [ { "label": "Laki-laki", "value": "L" }, { "label": "Perempuan", "value": "P" } ] },
                { "type": "radio", "key": "agama", "label": "Agama",
                  "values": [ { "label": "Islam", "value": "Islam" }, { "label": "Kristen", "value": "Kristen" } ] },
                { "type": "checklist", "key": "dokumen", "label": "Dokumen", "validate": { "required": true },
                  "values": [ { "label": "KTP", "value": "ktp" }, { "label": "KK", "value": "kk" } ] },
                { "type": "taglist", "key": "tag", "label": "Tag",
                  "values": [ { "label": "A", "value": "a" } ] },
                { "type": "checkbox", "key": "setuju", "label": "Persetujuan", "validate": { "required": true } },
                { "type": "checkbox", "key": "langganan", "label": "Langganan" },
                { "type": "datetime", "key": "tanggalLahir", "subtype": "date", "dateLabel": "Tanggal Lahir" },
                { "type": "datetime", "key": "jam", "subtype": "time", "timeLabel": "Jam" },
                { "type": "textfield", "key": "surel", "label": "Email", "validate": { "validationType": "email" } },
                { "type": "textfield", "key": "telepon", "label": "Telepon", "validate": { "validationType": "phone" } }
              ]
            }
            """);

    private final FormValidator validator = new FormValidator();

    /** Only the required fields, all valid. */
    private static Map<String, Object> validRequired() {
        Map<String, Object> values = new HashMap<>();
        values.put("nik", "3201011234567890");
        values.put("dokumen", List.of("ktp"));
        values.put("setuju", true);
        return values;
    }

    private List<Pelanggaran> validateWith(String key, Object value) {
        Map<String, Object> values = validRequired();
        values.put(key, value);
        return validator.validate(SCHEMA, values);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments("nik", null, Pelanggaran.REQUIRED),
                arguments("nik", "", Pelanggaran.REQUIRED),
                arguments("nik", "   ", Pelanggaran.REQUIRED),
                arguments("nik", "12345", Pelanggaran.PATTERN),
                arguments("nik", "3201011234567890\n", Pelanggaran.PATTERN),
                arguments("nik", "32010112345678901", Pelanggaran.PATTERN),
                arguments("kodeDesa", "jb-12", Pelanggaran.PATTERN),
                arguments("nama", "ab", Pelanggaran.MIN_LENGTH),
                arguments("nama", "  ab  ", Pelanggaran.MIN_LENGTH),
                arguments("nama", "abcdefghijk", Pelanggaran.MAX_LENGTH),
                arguments("nama", new Date(), Pelanggaran.TYPE),
                arguments("nama", List.of("Budi"), Pelanggaran.TYPE),
                arguments("catatan", "123456", Pelanggaran.MAX_LENGTH),
                arguments("umur", "tujuh belas", Pelanggaran.NUMBER),
                arguments("umur", "NaN", Pelanggaran.NUMBER),
                arguments("umur", Double.NaN, Pelanggaran.NUMBER),
                arguments("umur", true, Pelanggaran.NUMBER),
                arguments("umur", 16, Pelanggaran.MIN),
                arguments("umur", "16", Pelanggaran.MIN),
                arguments("umur", 16.99, Pelanggaran.MIN),
                arguments("umur", 121L, Pelanggaran.MAX),
                arguments("luas", new BigDecimal("2.51"), Pelanggaran.MAX),
                arguments("jenisKelamin", "X", Pelanggaran.VALUES),
                arguments("jenisKelamin", "l", Pelanggaran.VALUES),
                arguments("jenisKelamin", List.of("L"), Pelanggaran.TYPE),
                arguments("agama", "Lainnya", Pelanggaran.VALUES),
                arguments("dokumen", null, Pelanggaran.REQUIRED),
                arguments("dokumen", List.of(), Pelanggaran.REQUIRED),
                arguments("dokumen", "[]", Pelanggaran.REQUIRED),
                arguments("dokumen", List.of("ktp", "sim"), Pelanggaran.VALUES),
                arguments("dokumen", "[\"ktp\",\"sim\"]", Pelanggaran.VALUES),
                arguments("dokumen", "ktp", Pelanggaran.TYPE),
                arguments("dokumen", 5, Pelanggaran.TYPE),
                arguments("tag", new String[] {"b"}, Pelanggaran.VALUES),
                arguments("setuju", false, Pelanggaran.REQUIRED),
                arguments("setuju", "false", Pelanggaran.REQUIRED),
                arguments("setuju", null, Pelanggaran.REQUIRED),
                arguments("setuju", "ya", Pelanggaran.TYPE),
                arguments("langganan", 1, Pelanggaran.TYPE),
                arguments("tanggalLahir", "31-01-2024", Pelanggaran.DATE),
                arguments("tanggalLahir", "2024-02-30", Pelanggaran.DATE),
                arguments("tanggalLahir", "2024-01-31T10:00", Pelanggaran.DATE),
                arguments("tanggalLahir", 20240131L, Pelanggaran.DATE),
                arguments("surel", "bukan-email", Pelanggaran.EMAIL),
                arguments("surel", "warga desa@contoh.id", Pelanggaran.EMAIL),
                arguments("surel", "warga@contoh.id\n", Pelanggaran.EMAIL),
                arguments("telepon", "081234567890", Pelanggaran.PATTERN),
                arguments("telepon", "+62999", Pelanggaran.PATTERN));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("invalidValues")
    void reportsExactlyTheBrokenRule(String key, Object value, String rule) {
        List<Pelanggaran> result = validateWith(key, value);

        assertThat(result).extracting(Pelanggaran::field, Pelanggaran::rule).containsExactly(tuple(key, rule));
        Pelanggaran p = result.get(0);
        assertThat(p.label()).isEqualTo(SCHEMA.field(key).orElseThrow().label());
        assertThat(p.message()).startsWith(p.label() + " ");
        if (Pelanggaran.PATTERN.equals(rule) && value != null) {
            assertThat(p.message()).doesNotContain(value.toString().strip());
        }
    }

    static Stream<Arguments> validValues() {
        return Stream.of(
                arguments("nik", "3201011234567890"),
                arguments("nik", Variables.stringValue("3201011234567890")),
                arguments("kodeDesa", "JB-12"),
                arguments("nama", "Budi"),
                arguments("nama", " Ani "),
                arguments("nama", "abcdefghij"),
                arguments("catatan", "12345"),
                arguments("umur", 17),
                arguments("umur", 120L),
                arguments("umur", "45"),
                arguments("umur", " 45.5 "),
                arguments("umur", 45.0),
                arguments("umur", Variables.integerValue(30)),
                arguments("luas", 2.5),
                arguments("jenisKelamin", "P"),
                arguments("agama", "Islam"),
                arguments("dokumen", List.of("ktp", "kk")),
                arguments("dokumen", "[\"ktp\", \"kk\"]"),
                arguments("dokumen", new String[] {"kk"}),
                arguments("dokumen", Variables.serializedObjectValue("[\"ktp\"]")
                        .serializationDataFormat("application/json").create()),
                arguments("setuju", "true"),
                arguments("setuju", Variables.booleanValue(true)),
                arguments("langganan", false),
                arguments("langganan", "false"),
                arguments("tanggalLahir", "2024-01-31"),
                arguments("tanggalLahir", new Date()),
                arguments("tanggalLahir", LocalDate.of(2024, 2, 29)),
                arguments("jam", "14:30"),
                arguments("surel", "warga@desa.contoh.id"),
                arguments("surel", "a@b"),
                arguments("telepon", "+6281234567890"),
                arguments("telepon", "006281234567890"));
    }

    @ParameterizedTest(name = "{0} = {1} is valid")
    @MethodSource("validValues")
    void acceptsValidValues(String key, Object value) {
        assertThat(validateWith(key, value)).isEmpty();
    }

    @Test
    void patternIsNotAnchoredLikeRegExpTest() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "textfield", "key": "kode", "validate": { "pattern": "\\\\d{3}" } } ] }
                """);

        assertThat(validator.validate(schema, Map.of("kode", "ABC-123-X"))).isEmpty();
        assertThat(validator.validate(schema, Map.of("kode", "ABC-12-X")))
                .extracting(Pelanggaran::rule).containsExactly(Pelanggaran.PATTERN);
    }

    @Test
    void dollarInsideCharacterClassStaysLiteral() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "textfield", "key": "harga", "validate": { "pattern": "^[$]\\\\d+$" } } ] }
                """);

        assertThat(validator.validate(schema, Map.of("harga", "$100"))).isEmpty();
        assertThat(validator.validate(schema, Map.of("harga", "100"))).hasSize(1);
    }

    @Test
    void validRequiredValuesAloneGiveNoViolation() {
        assertThat(validator.validate(SCHEMA, validRequired())).isEmpty();
    }

    @Test
    void missingValuesReportOnlyRequiredFieldsInSchemaOrder() {
        List<Pelanggaran> result = validator.validate(SCHEMA, Map.of());

        assertThat(result).extracting(Pelanggaran::field, Pelanggaran::rule).containsExactly(
                tuple("nik", Pelanggaran.REQUIRED),
                tuple("dokumen", Pelanggaran.REQUIRED),
                tuple("setuju", Pelanggaran.REQUIRED));
        assertThat(validator.validate(SCHEMA, null)).hasSize(3);
    }

    @Test
    void questionLabelIsQuotedSoTheMessageReadsAsASentence() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "textfield", "key": "perihal", "label": "Apa perihal kegiatan ini?",
                  "validate": { "required": true, "maxLength": 5 } } ] }
                """);

        assertThat(validator.validate(schema, Map.of())).extracting(Pelanggaran::message)
                .containsExactly("Isian \"Apa perihal kegiatan ini?\" wajib diisi");
        assertThat(validator.validate(schema, Map.of("perihal", "Rapat koordinasi"))).extracting(Pelanggaran::message)
                .containsExactly("Isian \"Apa perihal kegiatan ini?\" maksimal 5 karakter");
    }

    @Test
    void requiredMessageIsIndonesian() {
        assertThat(validateWith("nik", " ")).extracting(Pelanggaran::message)
                .containsExactly("NIK Kepala Keluarga wajib diisi");
    }

    @Test
    void patternMessageUsesPesanPolaWithoutTheValue() {
        assertThat(validateWith("nik", "1234")).extracting(Pelanggaran::message)
                .containsExactly("NIK Kepala Keluarga harus terdiri dari 16 angka");
    }

    @Test
    void patternMessageWithoutPesanPolaIsGenericAndHidesTheValue() {
        List<Pelanggaran> result = validateWith("kodeDesa", "rahasia-99");

        assertThat(result).extracting(Pelanggaran::message)
                .containsExactly("Kode Desa tidak sesuai format yang diminta");
    }

    @Test
    void lengthAndNumberMessages() {
        assertThat(validateWith("nama", "ab").get(0).message()).isEqualTo("Nama minimal 3 karakter");
        assertThat(validateWith("nama", "abcdefghijk").get(0).message()).isEqualTo("Nama maksimal 10 karakter");
        assertThat(validateWith("umur", "x").get(0).message()).isEqualTo("Umur harus berupa angka");
        assertThat(validateWith("umur", 3).get(0).message()).isEqualTo("Umur tidak boleh kurang dari 17");
        assertThat(validateWith("luas", 3).get(0).message()).isEqualTo("Luas Tanah tidak boleh lebih dari 2.5");
    }

    @Test
    void typeDateAndEmailMessages() {
        assertThat(validateWith("tanggalLahir", "31/01/2024").get(0).message())
                .isEqualTo("Tanggal Lahir harus berupa tanggal (tttt-bb-hh)");
        assertThat(validateWith("surel", "x").get(0).message())
                .isEqualTo("Email harus berupa alamat email yang valid");
        assertThat(validateWith("dokumen", "ktp").get(0).message())
                .isEqualTo("Dokumen harus berupa daftar pilihan");
        assertThat(validateWith("setuju", "ya").get(0).message())
                .isEqualTo("Persetujuan harus bernilai ya atau tidak (true/false)");
    }

    @Test
    void valuesMessageQuotesOnlyShortValues() {
        assertThat(validateWith("jenisKelamin", "X").get(0).message())
                .isEqualTo("Jenis Kelamin berisi nilai 'X' yang tidak termasuk pilihan yang tersedia");

        String longValue = "x".repeat(41);
        Pelanggaran p = validateWith("jenisKelamin", longValue).get(0);
        assertThat(p.message()).isEqualTo("Jenis Kelamin berisi nilai yang tidak termasuk pilihan yang tersedia");
        assertThat(p.message()).doesNotContain(longValue);

        assertThat(validateWith("dokumen", List.of("ktp", "sim")).get(0).message())
                .isEqualTo("Dokumen berisi nilai 'sim' yang tidak termasuk pilihan yang tersedia");
    }

    @Test
    void oneFieldCanBreakSeveralRules() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "textfield", "key": "kode", "label": "Kode",
                  "validate": { "pattern": "^[0-9]+$", "maxLength": 3 } } ] }
                """);

        assertThat(validator.validate(schema, Map.of("kode", "abcd")))
                .extracting(Pelanggaran::rule).containsExactly(Pelanggaran.PATTERN, Pelanggaran.MAX_LENGTH);
    }

    @Test
    void disabledAndReadonlyFieldsAreNotValidated() {
        FormSchema schema = FormSchema.parse("""
                { "components": [
                  { "type": "textfield", "key": "nik", "disabled": true,
                    "validate": { "required": true, "pattern": "^\\\\d{16}$" } },
                  { "type": "select", "key": "status", "readonly": true, "validate": { "required": true },
                    "values": [ { "label": "Aktif", "value": "aktif" } ] }
                ] }
                """);

        assertThat(validator.validate(schema, Map.of())).isEmpty();
        assertThat(validator.validate(schema, Map.of("nik", "bukan nik", "status", "lain"))).isEmpty();
    }

    @Test
    void fieldsInNestedGroupsAreValidated() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "group", "label": "Pemohon", "components": [
                  { "type": "group", "components": [
                    { "type": "textfield", "key": "nama", "label": "Nama Pemohon", "validate": { "required": true } }
                  ] } ] } ] }
                """);

        assertThat(validator.validate(schema, Map.of()))
                .containsExactly(new Pelanggaran("nama", "Nama Pemohon", Pelanggaran.REQUIRED,
                        "Nama Pemohon wajib diisi"));
        assertThat(validator.validate(schema, Map.of("nama", "Siti"))).isEmpty();
    }

    @Test
    void groupPathIsLookedUpInNestedMapOrDottedKey() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "group", "path": "alamat", "components": [
                  { "type": "textfield", "key": "rt", "label": "RT", "validate": { "required": true, "pattern": "^\\\\d{3}$" } }
                ] } ] }
                """);

        assertThat(validator.validate(schema, Map.of("alamat", Map.of("rt", "001")))).isEmpty();
        assertThat(validator.validate(schema, Map.of("alamat.rt", "001"))).isEmpty();
        assertThat(validator.validate(schema, Map.of("alamat", Map.of("rt", "1"))))
                .extracting(Pelanggaran::field, Pelanggaran::rule).containsExactly(tuple("alamat.rt", Pelanggaran.PATTERN));
        assertThat(validator.validate(schema, Map.of("alamat", Map.of())))
                .extracting(Pelanggaran::rule).containsExactly(Pelanggaran.REQUIRED);
    }

    @Test
    void conditionallyHiddenRequiredFieldMayBeAbsentButIsCheckedWhenPresent() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "textfield", "key": "nomorLama", "label": "Nomor Lama",
                  "conditional": { "hide": "=jenis != \\"perpanjangan\\"" },
                  "validate": { "required": true, "pattern": "^\\\\d+$" } } ] }
                """);

        assertThat(validator.validate(schema, Map.of())).isEmpty();
        assertThat(validator.validate(schema, Map.of("nomorLama", "abc")))
                .extracting(Pelanggaran::rule).containsExactly(Pelanggaran.PATTERN);
    }

    @Test
    void dynamicOptionsAcceptAnyValueButStillCheckTheShape() {
        FormSchema schema = FormSchema.parse("""
                { "components": [
                  { "type": "select", "key": "desa", "label": "Desa", "valuesKey": "daftarDesa" },
                  { "type": "checklist", "key": "layanan", "label": "Layanan", "valuesExpression": "=daftarLayanan" }
                ] }
                """);

        assertThat(validator.validate(schema, Map.of("desa", "Sukamaju", "layanan", List.of("apa", "saja")))).isEmpty();
        assertThat(validator.validate(schema, Map.of("layanan", "apa")))
                .extracting(Pelanggaran::field, Pelanggaran::rule).containsExactly(tuple("layanan", Pelanggaran.TYPE));
    }

    @Test
    void numericOptionValuesMatchNumbersAndText() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "radio", "key": "kelas", "label": "Kelas",
                  "values": [ { "label": "Satu", "value": 1 }, { "label": "Dua", "value": 2 } ] } ] }
                """);

        assertThat(validator.validate(schema, Map.of("kelas", 1L))).isEmpty();
        assertThat(validator.validate(schema, Map.of("kelas", 2.0))).isEmpty();
        assertThat(validator.validate(schema, Map.of("kelas", "2"))).isEmpty();
        assertThat(validator.validate(schema, Map.of("kelas", 3))).extracting(Pelanggaran::rule)
                .containsExactly(Pelanggaran.VALUES);
    }

    @Test
    void unknownVariablesAreIgnored() {
        Map<String, Object> values = validRequired();
        values.put("variabelLain", new Object());

        assertThat(validator.validate(SCHEMA, values)).isEmpty();
    }

    @Test
    void typedNullCountsAsAbsent() {
        assertThat(validateWith("nik", Variables.stringValue(null)))
                .extracting(Pelanggaran::rule).containsExactly(Pelanggaran.REQUIRED);
    }

    @Test
    void validateOrThrowThrowsFormValidationException() {
        Map<String, Object> values = validRequired();
        values.put("nik", "12");
        values.put("umur", 5);

        assertThatThrownBy(() -> validator.validateOrThrow(SCHEMA, values))
                .isInstanceOf(FormFieldValidationException.class)
                .isInstanceOfSatisfying(FormValidationException.class, e -> {
                    assertThat(e.getPelanggaran()).extracting(Pelanggaran::field).containsExactly("nik", "umur");
                    assertThat((List<Pelanggaran>) e.getDetail()).isEqualTo(e.getPelanggaran());
                    assertThat(e.getMessage()).isEqualTo("Isian formulir tidak valid: "
                            + "NIK Kepala Keluarga harus terdiri dari 16 angka; Umur tidak boleh kurang dari 17");
                });
        validator.validateOrThrow(SCHEMA, validRequired());
    }

    @Test
    void exceptionPutsLabelBeforeMessagesThatLackIt() {
        FormValidationException e = new FormValidationException(List.of(
                new Pelanggaran("nik", "NIK", Pelanggaran.PATTERN, "harus 16 angka"),
                new Pelanggaran("nama", "Nama", Pelanggaran.REQUIRED, "Nama wajib diisi")));

        assertThat(e.getMessage()).isEqualTo("Isian formulir tidak valid: NIK: harus 16 angka; Nama wajib diisi");
        assertThatThrownBy(() -> new FormValidationException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A dynamic list as in a Camunda Form: one group of fields per row, under the list's path. */
    private static final FormSchema DAFTAR = FormSchema.parse("""
            { "components": [
              { "type": "textfield", "key": "desa", "label": "Desa" },
              { "type": "dynamiclist", "path": "pemohon", "label": "Daftar pemohon", "isRepeating": true,
                "components": [
                  { "type": "textfield", "key": "nik", "label": "NIK",
                    "validate": { "required": true, "pattern": "^[0-9]{16}$" },
                    "properties": { "pesanPola": "NIK harus 16 digit angka" } },
                  { "type": "textfield", "key": "nomorKk", "label": "Nomor KK",
                    "validate": { "pattern": "^[0-9]{16}$" },
                    "properties": { "pesanPola": "nomor KK harus 16 digit angka" } },
                  { "type": "datetime", "key": "tanggalLahir", "subtype": "date", "dateLabel": "Tanggal lahir",
                    "validate": { "required": true } },
                  { "type": "checkbox", "key": "sptjm", "label": "SPTJM ditandatangani" },
                  { "type": "group", "path": "alamat", "components": [
                    { "type": "textfield", "key": "rt", "label": "RT", "validate": { "pattern": "^[0-9]{3}$" } } ] },
                  { "type": "text", "text": "Isi per pemohon" }
                ] }
            ] }
            """);

    private static Map<String, Object> pemohon(String nik, String tanggalLahir) {
        Map<String, Object> row = new HashMap<>();
        row.put("nik", nik);
        row.put("tanggalLahir", tanggalLahir);
        row.put("sptjm", true);
        return row;
    }

    @Test
    void everyRowOfAListGetsTheFieldsRules() {
        Map<String, Object> kedua = pemohon("12345", null);
        kedua.put("nomorKk", "12");

        assertThat(validator.validate(DAFTAR, Map.of("pemohon",
                List.of(pemohon("3271014101800001", "1990-05-01"), kedua))))
                .containsExactly(
                        new Pelanggaran("pemohon[1].nik", "Daftar pemohon baris 2: NIK", Pelanggaran.PATTERN,
                                "Daftar pemohon baris 2: NIK harus 16 digit angka", "pemohon", 2),
                        new Pelanggaran("pemohon[1].nomorKk", "Daftar pemohon baris 2: Nomor KK", Pelanggaran.PATTERN,
                                "Daftar pemohon baris 2: nomor KK harus 16 digit angka", "pemohon", 2),
                        new Pelanggaran("pemohon[1].tanggalLahir", "Daftar pemohon baris 2: Tanggal lahir",
                                Pelanggaran.REQUIRED, "Daftar pemohon baris 2: Tanggal lahir wajib diisi", "pemohon", 2));
    }

    @Test
    void aListArrivesAsTasklistSendsIt_aJsonVariable() {
        String json = "[{\"nik\":\"3271014101800001\",\"tanggalLahir\":\"1990-05-01\",\"sptjm\":false,"
                + "\"alamat\":{\"rt\":\"001\"}},{\"nik\":\"3271014101800002\",\"tanggalLahir\":\"01/05/1990\"}]";

        for (Object value : List.of(json, org.camunda.spin.plugin.variable.SpinValues.jsonValue(json).create(),
                org.camunda.spin.Spin.JSON(json))) {
            assertThat(validator.validate(DAFTAR, Map.of("pemohon", value)))
                    .as(value.getClass().getSimpleName())
                    .extracting(Pelanggaran::field, Pelanggaran::rule, Pelanggaran::message)
                    .containsExactly(tuple("pemohon[1].tanggalLahir", Pelanggaran.DATE,
                            "Daftar pemohon baris 2: Tanggal lahir harus berupa tanggal (tttt-bb-hh)"));
        }
    }

    @Test
    void fieldsInAGroupOfARowAreChecked() {
        Map<String, Object> row = pemohon("3271014101800001", "1990-05-01");
        row.put("alamat", Map.of("rt", "1"));

        assertThat(validator.validate(DAFTAR, Map.of("pemohon", List.of(row))))
                .extracting(Pelanggaran::field, Pelanggaran::message)
                .containsExactly(tuple("pemohon[0].alamat.rt", "Daftar pemohon baris 1: RT tidak sesuai format yang diminta"));
    }

    @Test
    void aForgedRowIsRefused_unknownKeysNoObjectNoList() {
        Map<String, Object> palsu = pemohon("3271014101800001", "1990-05-01");
        palsu.put("layak", true);

        assertThat(validator.validate(DAFTAR, Map.of("pemohon", List.of(palsu, "baris", 7))))
                .extracting(Pelanggaran::field, Pelanggaran::rule, Pelanggaran::message)
                .containsExactly(
                        tuple("pemohon[0].layak", Pelanggaran.UNKNOWN,
                                "Daftar pemohon baris 1: isian 'layak' tidak ada dalam formulir"),
                        tuple("pemohon[1]", Pelanggaran.TYPE, "Daftar pemohon baris 2: harus berupa isian (objek JSON)"),
                        tuple("pemohon[2]", Pelanggaran.TYPE, "Daftar pemohon baris 3: harus berupa isian (objek JSON)"));
        assertThat(validator.validate(DAFTAR, Map.of("pemohon", "{\"nik\":\"3271014101800001\"}")))
                .extracting(Pelanggaran::field, Pelanggaran::rule, Pelanggaran::message)
                .containsExactly(tuple("pemohon", Pelanggaran.TYPE, "Daftar pemohon harus berupa daftar (JSON array)"));
        assertThat(validator.validate(DAFTAR, Map.of("pemohon", 42)))
                .extracting(Pelanggaran::rule).containsExactly(Pelanggaran.TYPE);
    }

    @Test
    void anAbsentOrEmptyListBreaksNoRule() {
        assertThat(validator.validate(DAFTAR, Map.of())).isEmpty();
        assertThat(validator.validate(DAFTAR, Map.of("pemohon", List.of()))).isEmpty();
        assertThat(validator.validate(DAFTAR, Map.of("pemohon", "[]"))).isEmpty();
    }

    @Test
    void aListInARowNamesBothRows() {
        FormSchema schema = FormSchema.parse("""
                { "components": [ { "type": "dynamiclist", "path": "kegiatan", "label": "Kegiatan", "components": [
                  { "type": "textfield", "key": "nama", "label": "Nama kegiatan", "validate": { "required": true } },
                  { "type": "dynamiclist", "path": "anggota", "label": "Anggota", "components": [
                    { "type": "textfield", "key": "nama", "label": "Nama", "validate": { "required": true } } ] }
                ] } ] }
                """);

        assertThat(validator.validate(schema, Map.of("kegiatan", List.of(
                Map.of("nama", "Rapat", "anggota", List.of(Map.of("nama", "Ani"), Map.of()))))))
                .extracting(Pelanggaran::field, Pelanggaran::message)
                .containsExactly(tuple("kegiatan[0].anggota[1].nama",
                        "Kegiatan baris 1, Anggota baris 2: Nama wajib diisi"));
    }

    @Test
    void exceptionMessageNamesTheRowAndFieldOnce() {
        Map<String, Object> salah = pemohon("12345", "1990-05-01");

        assertThatThrownBy(() -> validator.validateOrThrow(DAFTAR, Map.of("pemohon", List.of(salah))))
                .hasMessage("Isian formulir tidak valid: Daftar pemohon baris 1: NIK harus 16 digit angka");
    }
}
