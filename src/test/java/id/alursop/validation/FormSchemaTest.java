package id.alursop.validation;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormSchemaTest {

    private static final String FORM = """
            {
              "id": "Form_PendaftaranKK",
              "type": "default",
              "schemaVersion": 16,
              "components": [
                { "type": "text", "text": "# Pendaftaran KK", "id": "Text_1" },
                {
                  "type": "textfield", "key": "nik", "label": "NIK Kepala Keluarga", "id": "Field_nik",
                  "validate": { "required": true, "pattern": "^\\\\d{16}$", "minLength": 16, "maxLength": 16,
                                "validationType": "custom" },
                  "properties": { "pesanPola": "NIK harus 16 digit angka" }
                },
                { "type": "number", "key": "umur", "label": "Umur", "validate": { "min": 17, "max": 120.5 } },
                {
                  "type": "select", "key": "jenisKelamin", "label": "Jenis Kelamin",
                  "values": [ { "label": "Laki-laki", "value": "L" }, { "label": "Perempuan", "value": "P" } ]
                },
                { "type": "radio", "key": "kode", "values": [ { "label": "Satu", "value": 1 }, { "label": "Dua", "value": 2.0 } ] },
                { "type": "checklist", "key": "dokumen", "label": "Dokumen", "valuesKey": "daftarDokumen" },
                { "type": "taglist", "key": "tag", "label": "Tag", "valuesExpression": "=daftarTag" },
                { "type": "datetime", "key": "tanggalLahir", "subtype": "date", "dateLabel": "Tanggal Lahir" },
                { "type": "textfield", "key": "surel", "label": "Email", "validate": { "validationType": "email" } },
                { "type": "checkbox", "key": "setuju", "label": "Saya setuju", "validate": { "required": true } },
                { "type": "textarea", "key": "catatan", "label": "  " },
                { "type": "textfield", "label": "Tanpa key" },
                { "type": "button", "key": "kirim", "label": "Kirim", "action": "submit" }
              ]
            }
            """;

    @Test
    void readsIdAndInputFieldsInOrder() {
        FormSchema schema = FormSchema.parse(FORM);

        assertThat(schema.id()).isEqualTo("Form_PendaftaranKK");
        assertThat(schema.fields()).extracting(FormField::key).containsExactly(
                "nik", "umur", "jenisKelamin", "kode", "dokumen", "tag", "tanggalLahir", "surel", "setuju", "catatan");
    }

    @Test
    void readsTextRules() {
        FormField nik = FormSchema.parse(FORM).field("nik").orElseThrow();

        assertThat(nik.label()).isEqualTo("NIK Kepala Keluarga");
        assertThat(nik.type()).isEqualTo("textfield");
        assertThat(nik.required()).isTrue();
        assertThat(nik.conditional()).isFalse();
        assertThat(nik.pattern()).isEqualTo("^\\d{16}$");
        assertThat(nik.minLength()).isEqualTo(16);
        assertThat(nik.maxLength()).isEqualTo(16);
        assertThat(nik.validationType()).isEqualTo("custom");
        assertThat(nik.pesanPola()).isEqualTo("NIK harus 16 digit angka");
        assertThat(nik.checksValues()).isFalse();
        assertThat(nik.subtype()).isNull();
    }

    @Test
    void readsNumberRules() {
        FormField umur = FormSchema.parse(FORM).field("umur").orElseThrow();

        assertThat(umur.required()).isFalse();
        assertThat(umur.min()).isEqualByComparingTo("17");
        assertThat(umur.max()).isEqualByComparingTo(new BigDecimal("120.5"));
        assertThat(umur.pattern()).isNull();
        assertThat(umur.minLength()).isNull();
    }

    @Test
    void readsStaticValuesAsCanonicalText() {
        FormSchema schema = FormSchema.parse(FORM);

        assertThat(schema.field("jenisKelamin").orElseThrow().allowedValues()).containsExactly("L", "P");
        assertThat(schema.field("kode").orElseThrow().allowedValues()).containsExactly("1", "2");
    }

    @Test
    void dynamicValuesDisableTheValueCheck() {
        FormSchema schema = FormSchema.parse(FORM);

        assertThat(schema.field("dokumen").orElseThrow().allowedValues()).isNull();
        assertThat(schema.field("dokumen").orElseThrow().checksValues()).isFalse();
        assertThat(schema.field("tag").orElseThrow().checksValues()).isFalse();
    }

    @Test
    void labelFallsBackToDateLabelThenKey() {
        FormSchema schema = FormSchema.parse(FORM);

        FormField tanggal = schema.field("tanggalLahir").orElseThrow();
        assertThat(tanggal.label()).isEqualTo("Tanggal Lahir");
        assertThat(tanggal.subtype()).isEqualTo("date");
        assertThat(schema.field("kode").orElseThrow().label()).isEqualTo("kode");
        assertThat(schema.field("catatan").orElseThrow().label()).isEqualTo("catatan");
    }

    @Test
    void skipsDisabledAndReadonlyFields() {
        FormSchema schema = FormSchema.parse("""
                { "components": [
                  { "type": "textfield", "key": "a", "disabled": true, "validate": { "required": true } },
                  { "type": "textfield", "key": "b", "readonly": true, "validate": { "required": true } },
                  { "type": "textfield", "key": "c", "disabled": false, "readonly": false },
                  { "type": "textfield", "key": "d", "readonly": "=sudahDiverifikasi" }
                ] }
                """);

        assertThat(schema.fields()).extracting(FormField::key).containsExactly("c", "d");
        assertThat(schema.field("c").orElseThrow().conditional()).isFalse();
        assertThat(schema.field("d").orElseThrow().conditional()).isTrue();
    }

    @Test
    void walksNestedGroupsWithPathAndKeepsDynamicListsApart() {
        FormSchema schema = FormSchema.parse("""
                { "components": [
                  { "type": "group", "label": "Data Pemohon", "components": [
                    { "type": "textfield", "key": "nama", "label": "Nama" },
                    { "type": "group", "path": "alamat", "components": [
                      { "type": "textfield", "key": "rt", "label": "RT" },
                      { "type": "group", "components": [ { "type": "number", "key": "kodePos" } ] }
                    ] }
                  ] },
                  { "type": "dynamiclist", "path": "anggota", "components": [
                    { "type": "textfield", "key": "namaAnggota", "validate": { "required": true } }
                  ] },
                  { "type": "textfield", "key": "akhir" }
                ] }
                """);

        assertThat(schema.fields()).extracting(FormField::key)
                .containsExactly("nama", "alamat.rt", "alamat.kodePos", "akhir");
        assertThat(schema.field("alamat.rt").orElseThrow().label()).isEqualTo("RT");
        assertThat(schema.field("namaAnggota")).isEmpty();
        assertThat(schema.lists()).singleElement().satisfies(list -> {
            assertThat(list.path()).isEqualTo("anggota");
            assertThat(list.label()).isEqualTo("anggota");
            assertThat(list.fields()).extracting(FormField::key, FormField::required)
                    .containsExactly(tuple("namaAnggota", true));
        });
    }

    @Test
    void readsDynamicListsWithTheirRowsFieldsAndKeys() {
        FormSchema schema = FormSchema.parse("""
                { "components": [
                  { "type": "group", "path": "usulan", "components": [
                    { "type": "dynamiclist", "path": "pemohon", "label": " Daftar pemohon ", "components": [
                      { "type": "textfield", "key": "nik", "label": "NIK", "validate": { "pattern": "^[0-9]{16}$" } },
                      { "type": "textfield", "key": "catatan", "readonly": true },
                      { "type": "group", "path": "alamat", "components": [ { "type": "textfield", "key": "rt" } ] },
                      { "type": "dynamiclist", "path": "anak", "label": "Anak", "components": [
                        { "type": "textfield", "key": "nama" } ] }
                    ] } ] },
                  { "type": "dynamiclist", "path": "dimatikan", "disabled": true, "components": [] },
                  { "type": "dynamiclist", "label": "Tanpa path", "components": [] }
                ] }
                """);

        assertThat(schema.fields()).isEmpty();
        assertThat(schema.lists()).singleElement().satisfies(list -> {
            assertThat(list.path()).isEqualTo("usulan.pemohon");
            assertThat(list.label()).isEqualTo("Daftar pemohon");
            assertThat(list.fields()).extracting(FormField::key).containsExactly("nik", "alamat.rt");
            assertThat(list.variables()).containsExactlyInAnyOrder("nik", "catatan", "alamat", "anak");
            assertThat(list.lists()).extracting(FormList::path, FormList::label).containsExactly(tuple("anak", "Anak"));
        });
        assertThat(schema.list("usulan.pemohon")).isPresent();
        assertThat(schema.variables()).contains("usulan", "dimatikan");
    }

    @Test
    void hideConditionOnFieldOrParentMarksFieldsConditional() {
        FormSchema schema = FormSchema.parse("""
                { "components": [
                  { "type": "textfield", "key": "a", "conditional": { "hide": "=jenis = \\"lama\\"" } },
                  { "type": "group", "conditional": { "hide": "=tidakPerlu" }, "components": [
                    { "type": "textfield", "key": "b" }
                  ] },
                  { "type": "textfield", "key": "c", "conditional": { "hide": "" } }
                ] }
                """);

        assertThat(schema.fields()).extracting(FormField::key, FormField::conditional)
                .containsExactly(
                        tuple("a", true),
                        tuple("b", true),
                        tuple("c", false));
    }

    @Test
    void feelExpressionsInRulesAreNotEnforced() {
        FormField field = FormSchema.parse("""
                { "components": [ { "type": "number", "key": "n",
                  "validate": { "min": "=batasBawah", "max": "10", "minLength": "=3" } } ] }
                """).field("n").orElseThrow();

        assertThat(field.min()).isNull();
        assertThat(field.max()).isEqualByComparingTo("10");
        assertThat(field.minLength()).isNull();
    }

    @Test
    void parsesFromStreamWithoutClosingIt() throws IOException {
        var closed = new boolean[1];
        InputStream in = new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        FormSchema schema = FormSchema.parse(in);

        assertThat(schema.fields()).hasSize(10);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void fieldsAreImmutable() {
        FormSchema schema = FormSchema.parse(FORM);

        assertThatThrownBy(() -> schema.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schema.field("jenisKelamin").orElseThrow().allowedValues().add("X"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(schema.field("tidakAda")).isEmpty();
    }

    @Test
    void schemaWithoutComponentsHasNoFields() {
        FormSchema schema = FormSchema.parse("{ \"id\": \"Kosong\" }");

        assertThat(schema.id()).isEqualTo("Kosong");
        assertThat(schema.fields()).isEmpty();
    }

    @Test
    void rejectsInvalidJson() {
        assertThatThrownBy(() -> FormSchema.parse("{ \"components\": ["))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Skema formulir bukan JSON yang valid");
        assertThatThrownBy(() -> FormSchema.parse("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Skema formulir harus berupa objek JSON");
        assertThatThrownBy(() -> FormSchema.parse(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidPattern() {
        assertThatThrownBy(() -> FormSchema.parse("""
                { "components": [ { "type": "textfield", "key": "kode", "validate": { "pattern": "(abc" } } ] }
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kode'");
    }
}
