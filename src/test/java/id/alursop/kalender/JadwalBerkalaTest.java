package id.alursop.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.kalender.JadwalBerkala.Periode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shared periodic schedule in WIB with the civil servants' hours and the shipped holidays. */
class JadwalBerkalaTest {

  private static final DaftarHariLibur LIBUR =
      new DaftarHariLibur(DaftarHariLibur.muatNasional("classpath*:kalender/libur-*.yaml"), null);
  private static final KalenderKerja KALENDER =
      new KalenderKerja(JamKerja.pns(), ZoneId.of("Asia/Jakarta"), tanggal -> LIBUR.libur(tanggal, null));

  @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "daily, Thursday to Friday                     | 2025-05-08 | harian   | 2025-05-09",
      "daily, Friday over the weekend, Waisak, cuti  | 2025-05-09 | harian   | 2025-05-14",
      "daily, from a Saturday                        | 2025-05-10 | harian   | 2025-05-14",
      "weekly, Monday is cuti bersama (Idul Adha)    | 2025-06-04 | mingguan | 2025-06-10",
      "weekly, from a Monday to next Monday          | 2025-06-16 | mingguan | 2025-06-23",
      "weekly, from a Sunday                         | 2025-06-15 | mingguan | 2025-06-16",
      "monthly, 1 June is a Sunday and Pancasila     | 2025-05-15 | bulanan  | 2025-06-02",
      "monthly, across the year end (1 Jan holiday)  | 2026-12-10 | bulanan  | 2027-01-04"})
  void nextPeriodOpensOnAWorkingDay(String kasus, LocalDate hari, String periode, LocalDate berikutnya) {
    assertThat(JadwalBerkala.berikutnya(KALENDER, hari, Periode.dari(periode))).isEqualTo(berikutnya);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the working day before, over a weekend and two holidays | 2025-05-14 | harian   | harian 09/05/2025",
      "last week, Monday to Sunday                            | 2025-06-10 | mingguan | mingguan 02/06/2025 – 08/06/2025",
      "last month, in Indonesian                              | 2025-06-02 | bulanan  | bulanan Mei 2025"})
  void thePeriodAReportCovers(String kasus, LocalDate hari, String periode, String label) {
    assertThat(JadwalBerkala.periodeLalu(KALENDER, hari, Periode.dari(periode))).isEqualTo(label);
  }

  @Test
  void unknownPeriod_refusedWithItsName() {
    assertThatThrownBy(() -> Periode.dari("tahunan")).hasMessageContaining("harian, mingguan atau bulanan")
        .hasMessageContaining("tahunan");
  }
}
