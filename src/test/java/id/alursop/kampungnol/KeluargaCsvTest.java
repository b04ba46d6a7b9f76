package id.alursop.kampungnol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeluargaCsvTest {

  private final List<String> diterima = new ArrayList<>();
  private final List<String> ditolak = new ArrayList<>();

  private void baca(String csv, Set<String> kkAda) {
    KeluargaCsv.baca(new StringReader(csv), kkAda, new HashSet<>(), new KeluargaCsv.Penerima() {
      @Override
      public void diterima(long baris, BarisKeluarga keluarga) {
        diterima.add(baris + ":" + keluarga.nomorKk());
      }

      @Override
      public void ditolak(long baris, String alasan) {
        ditolak.add(baris + ":" + alasan);
      }
    });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1234567890123456;1234567890123457;Budi;Jl. A;1;2 | ",
      "123456789012345;1234567890123457;Budi;Jl. A;1;2 | nomor KK harus 16 digit angka",
      "1234567890123456;12345678901234x7;Budi;Jl. A;1;2 | NIK kepala keluarga harus 16 digit angka",
      "1234567890123456;1234567890123457;;Jl. A;1;2 | nama kepala keluarga wajib diisi (maksimal 100 karakter)",
      "1234567890123456;1234567890123457;Budi;;1;2 | alamat wajib diisi (maksimal 255 karakter)",
      "1234567890123456;1234567890123457;Budi;Jl. A;1234;2 | RT harus 1-3 digit angka",
      "1234567890123456;1234567890123457;Budi;Jl. A;1;x | RW harus 1-3 digit angka",
      "1234567890123456;1234567890123457;Budi;Jl. A;1 | jumlah kolom 5, seharusnya 6 (nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw)"})
  void eachRowChecked(String row, String alasan) {
    baca(row, new HashSet<>());
    if (alasan == null) {
      assertThat(diterima).containsExactly("1:1234567890123456");
      assertThat(ditolak).isEmpty();
    } else {
      assertThat(ditolak).containsExactly("1:" + alasan);
      assertThat(diterima).isEmpty();
    }
  }

  @Test
  void headerSkipped_commaSeparatorAndQuotes_duplicatesRefused_lineNumbersKept() {
    baca("nomor_kk,nik_kepala_keluarga,nama_kepala_keluarga,alamat,rt,rw\n"
        + "1111111111111111,2222222222222222,\"Rahmat, S.Pd\",\"Jl. A, No. 1\",1,2\n"
        + "\n"
        + "1111111111111111,2222222222222223,Ani,Jl. B,1,2\n"
        + "3333333333333333,2222222222222222,Cici,Jl. C,1,2\n"
        + "9999999999999999,2222222222222224,Dedi,Jl. D,1,2\n", new HashSet<>(Set.of("9999999999999999")));
    assertThat(diterima).containsExactly("2:1111111111111111");
    assertThat(ditolak).containsExactly(
        "4:nomor KK ganda (sudah ada di program atau di baris sebelumnya)",
        "5:NIK kepala keluarga ganda (sudah ada di program atau di baris sebelumnya)",
        "6:nomor KK ganda (sudah ada di program atau di baris sebelumnya)");
  }

  @Test
  void refusalReasonsNeverQuoteTheValues() {
    baca("123;99999;Nama Rahasia;Jl. Rahasia;abc;def", new HashSet<>());
    assertThat(ditolak.get(0)).doesNotContain("123").doesNotContain("99999").doesNotContain("Rahasia");
  }
}
