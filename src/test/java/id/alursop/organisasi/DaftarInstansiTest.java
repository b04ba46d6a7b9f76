package id.alursop.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The agencies' files: read, checked, and what a file that contradicts itself answers. */
class DaftarInstansiTest {

  @Test
  void theFourAgenciesAreReadFromTheirFiles() {
    DaftarInstansi daftar = new DaftarInstansi();

    assertThat(daftar.semua()).extracting(Instansi::id).containsExactly("bartim", "bogor", "ketapang", "lamandau");
    Instansi ketapang = daftar.cari("ketapang").orElseThrow();
    assertThat(ketapang.nama()).isEqualTo("Pemerintah Kabupaten Ketapang");
    assertThat(ketapang.kalender().zona()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    assertThat(ketapang.kelompok()).contains(new Kelompok("ketapang-kabid", "Kabid Pemerintahan dan Sosial Budaya"));
    assertThat(ketapang.eskalasi().kepala()).isEqualTo("ketapang-kepala-badan");
    assertThat(ketapang.sop()).hasSize(8).contains("ketapang-tkpkd-penanggulangan-kemiskinan", "tinjauan-berjenjang");
    assertThat(daftar.cari("lamandau").orElseThrow().keputusan()).containsExactly("uep-kelayakan");
    assertThat(daftar.pemilikKelompok("bogor-tim-verifikator")).map(Instansi::id).contains("bogor");
    assertThat(daftar.pemilikKelompok("jakarta-x")).isEmpty();
    assertThat(daftar.kelompok()).hasSize(48);
  }

  @Test
  void aFileThatContradictsItselfStopsTheStartNamingTheFile() {
    String yaml = """
        id: contoh
        nama: Kabupaten Contoh
        kelompok:
          - {id: contoh-staf, nama: Staf}
          - {id: bogor-staf, nama: Staf Bogor}
        pengawas: [contoh-pengawas]
        eskalasi: {rantai: ["contoh-staf,contoh-kabid"], kepala: contoh-staf}
        """;
    ByteArrayResource berkas = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "contoh.yaml";
      }
    };

    assertThatThrownBy(() -> DaftarInstansi.baca(berkas)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contoh.yaml")
        .hasMessageContaining("kelompok 'bogor-staf' harus berawalan 'contoh-'")
        .hasMessageContaining("kelompok 'contoh-pengawas' dirujuk tetapi tidak ada")
        .hasMessageContaining("kelompok 'contoh-kabid' dirujuk tetapi tidak ada");
  }

  @Test
  void anIdThatIsNoTenantIdIsRefused() {
    Instansi salah = new Instansi("Kota Contoh", "Kota Contoh", null, null, null, null, null, null, null, null, null,
        null, null, null);
    assertThat(DaftarInstansi.periksa(salah)).containsExactly("id 'Kota Contoh' harus huruf kecil, angka dan tanda hubung");
    assertThat(DaftarInstansi.periksa(new Instansi("contoh", "Kabupaten Contoh", null, null, null, null, null,
        List.of(new Kelompok("contoh-staf", "Staf")), null, null, null, null, null, null))).isEmpty();
    assertThat(DaftarInstansi.periksa(new Instansi("contoh", "Kabupaten Contoh", null, null, null, null, null,
        List.of(new Kelompok("contoh-baznas", "Baznas")), null, null, null, null, null, List.of("contoh-baznas"))))
        .containsExactly("mitra 'contoh-baznas' harus termasuk daftar pihak");
  }
}
