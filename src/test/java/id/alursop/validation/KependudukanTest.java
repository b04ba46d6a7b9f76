package id.alursop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KependudukanTest {

    @Test
    void sixteenDigitsPass() {
        assertThat(Kependudukan.periksaNik("3271014101800001")).isEmpty();
        assertThat(Kependudukan.periksaNik("3271014101800001", "NIK kepala keluarga")).isEmpty();
        assertThat(Kependudukan.periksaNomorKk("0000000000000000")).isEmpty();
        assertThat(Kependudukan.enamBelasDigit("3271010101010001")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"327101410180000", "32710141018000011", "327101410180000x", " 3271014101800001",
        "3271014101800001 ", "3271-14101800001", "３２７１０１４１０１８００００１", "٣٢٧١٠١٤١٠١٨٠٠٠٠١"})
    void anythingElseFailsWithTheSharedMessage(String nomor) {
        assertThat(Kependudukan.enamBelasDigit(nomor)).isFalse();
        assertThat(Kependudukan.periksaNik(nomor)).contains("NIK harus 16 digit angka");
        assertThat(Kependudukan.periksaNik(nomor, "NIK kepala keluarga")).contains("NIK kepala keluarga harus 16 digit angka");
        assertThat(Kependudukan.periksaNomorKk(nomor)).contains("nomor KK harus 16 digit angka");
    }

    @Test
    void messagesStayWordForWord() {
        assertThat(Kependudukan.PESAN_NIK).isEqualTo("NIK harus 16 digit angka");
        assertThat(Kependudukan.PESAN_NOMOR_KK).isEqualTo("nomor KK harus 16 digit angka");
    }

    /** The form says in JavaScript what the server says in Java: same pattern, same message. */
    @Test
    void verificationFormRepeatsTheRule() throws IOException {
        FormSchema form = FormSchema.parse(Files.readString(Path.of("forms/kampung-nol/kampung-nol-verifikasi-keluarga.form")));
        FormField nik = form.field("nikKepalaKeluarga").orElseThrow();

        assertThat(nik.pattern()).isEqualTo(Kependudukan.POLA);
        assertThat(nik.pesanPola()).isEqualTo(Kependudukan.PESAN_NIK);
        assertThat(Pattern.compile(nik.pattern()).matcher("3271014101800001").matches()).isTrue();
    }

    /** The UEP applicants' list repeats it in every row, for NIK and nomor KK. */
    @Test
    void uepApplicantsListRepeatsTheRule() throws IOException {
        FormList pemohon = FormSchema.parse(Files.readString(Path.of("forms/uep/uep-mulai.form")))
                .list("pemohon").orElseThrow();

        assertThat(pemohon.fields()).filteredOn(f -> f.key().equals("nik") || f.key().equals("nomorKk"))
                .extracting(FormField::pattern, FormField::pesanPola)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(Kependudukan.POLA, Kependudukan.PESAN_NIK),
                        org.assertj.core.api.Assertions.tuple(Kependudukan.POLA, Kependudukan.PESAN_NOMOR_KK));
    }
}
