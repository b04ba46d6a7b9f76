package id.alursop.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped holiday data: one file per year from the joint decree, each entry well formed. */
class DaftarHariLiburTest {

  private static final Map<Integer, List<HariLibur>> DATA =
      DaftarHariLibur.muatNasional("classpath*:kalender/libur-*.yaml");

  @Test
  void shippedFor2025To2027_withDecreeCited() {
    assertThat(DATA).containsKeys(2025, 2026, 2027);
    DATA.forEach((tahun, libur) -> {
      assertThat(libur).as("%s", tahun).isNotEmpty();
      assertThat(libur).allSatisfy(h -> {
        assertThat(h.tanggal().getYear()).isEqualTo(tahun);
        assertThat(h.nama()).isNotBlank();
        assertThat(h.dasar()).contains("Tahun " + tahun).containsIgnoringCase("SKB");
        assertThat(h.jenis()).isIn(HariLibur.Jenis.LIBUR_NASIONAL, HariLibur.Jenis.CUTI_BERSAMA);
      });
      assertThat(libur).extracting(HariLibur::jenis).contains(HariLibur.Jenis.CUTI_BERSAMA);
    });
  }

  @Test
  void idulfitri2026_withItsCutiBersama() {
    DaftarHariLibur daftar = new DaftarHariLibur(DATA, null);
    for (int day = 18; day <= 24; day++) {
      assertThat(daftar.libur(LocalDate.of(2026, 3, day), null)).as("2026-03-%s", day).isTrue();
    }
    assertThat(daftar.libur(LocalDate.of(2026, 3, 25), null)).isFalse();
    assertThat(daftar.tahun(2026, null)).filteredOn(h -> h.tanggal().equals(LocalDate.of(2026, 3, 23)))
        .extracting(HariLibur::jenis).containsExactly(HariLibur.Jenis.CUTI_BERSAMA);
    assertThat(daftar.libur(LocalDate.of(2026, 8, 17), "bogor")).isTrue();
    assertThat(daftar.libur(LocalDate.of(2026, 8, 18), "bogor")).isFalse();
  }
}
