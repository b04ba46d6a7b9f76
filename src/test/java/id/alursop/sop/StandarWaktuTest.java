package id.alursop.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.kalender.DurasiKerja;
import id.alursop.sop.StandarWaktu.Bentuk;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StandarWaktuTest {

  @ParameterizedTest
  @CsvSource({"PT300M,PT300M", "P2D,P2D", "P1W,P1W", "P60D,P60D", "R/P1M,P1M", "R3/P1D,P1D", "p3d,P3D"})
  void dueDurationOfAStandard(String waktu, String due) {
    assertThat(StandarWaktu.baca(waktu).jatuhTempo()).isEqualTo(due);
  }

  @Test
  void cycleWithADeadlinePerOccurrence_dueAfterTheDeadline() {
    StandarWaktu bulanan = StandarWaktu.baca("R/P1M", null, "P10D");
    assertThat(bulanan.bentuk()).isEqualTo(Bentuk.SIKLUS);
    assertThat(bulanan.teks()).isEqualTo("R/P1M");
    assertThat(bulanan.jatuhTempo()).isEqualTo("P10D");
    assertThat(bulanan.durasi()).isEqualTo(new DurasiKerja(0, 0, 10, 0));
    assertThat(bulanan).isNotEqualTo(StandarWaktu.baca("R/P1M"));
    assertThat(StandarWaktu.baca("R/P1M", null, "-").jatuhTempo()).isEqualTo("P1M");
  }

  @ParameterizedTest
  @CsvSource({"P3D,P1D", "R/P1M,R/P1D", "R/P1M,sepuluh hari"})
  void deadlineOnlyForACycleAndOnlyADuration(String waktu, String tenggat) {
    assertThatThrownBy(() -> StandarWaktu.baca(waktu, null, tenggat)).isInstanceOf(IllegalArgumentException.class);
    assertThat(StandarWaktu.sah(waktu, null, tenggat)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hari", "P", "PT", "R/", "30-60 hari", "P1DT"})
  void notADuration_refused(String waktu) {
    assertThatThrownBy(() -> StandarWaktu.baca(waktu)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bukan durasi ISO-8601");
    assertThat(StandarWaktu.sah(waktu)).isFalse();
  }

  @Test
  void badInput_messageNamesTheValueAndTheForms() {
    assertThatThrownBy(() -> StandarWaktu.baca("dua hari")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'dua hari' bukan durasi ISO-8601 (mis. PT300M, P2D, P1W), siklus (R/P1M) atau ekspresi ${…}");
    assertThatThrownBy(() -> StandarWaktu.baca("P60D", "30 hari")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'30 hari' bukan durasi ISO-8601");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-", " - ", "  "})
  void none(String waktu) {
    StandarWaktu standar = StandarWaktu.baca(waktu);
    assertThat(standar.bentuk()).isEqualTo(Bentuk.TIDAK_ADA);
    assertThat(standar.ada()).isFalse();
    assertThat(standar).isEqualTo(StandarWaktu.TIDAK_ADA);
    assertThat(StandarWaktu.sah(waktu)).isTrue();
    assertThatThrownBy(standar::jatuhTempo).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void duration_inWorkingTime() {
    StandarWaktu standar = StandarWaktu.baca(" P1W ");
    assertThat(standar.bentuk()).isEqualTo(Bentuk.DURASI);
    assertThat(standar.ada()).isTrue();
    assertThat(standar.ekspresi()).isFalse();
    assertThat(standar.teks()).isEqualTo("P1W");
    assertThat(standar.durasi()).isEqualTo(new DurasiKerja(0, 0, 5, 0));
    assertThat(standar.bawah()).isEmpty();
  }

  @Test
  void cycle_dueAfterOnePeriod_calendarMonths() {
    StandarWaktu standar = StandarWaktu.baca("R/P1M");
    assertThat(standar.bentuk()).isEqualTo(Bentuk.SIKLUS);
    assertThat(standar.teks()).isEqualTo("R/P1M");
    assertThat(standar.durasi()).isEqualTo(new DurasiKerja(0, 1, 0, 0));
    assertThat(standar.durasi().hanyaKalender()).isTrue();
  }

  @Test
  void expression_resolvedAtRunTime() {
    StandarWaktu standar = StandarWaktu.baca("${execution.getVariable('waktuTinjauan')}");
    assertThat(standar.bentuk()).isEqualTo(Bentuk.EKSPRESI);
    assertThat(standar.ada()).as("may give a standard at run time").isTrue();
    assertThatThrownBy(standar::jatuhTempo).isInstanceOf(IllegalStateException.class);

    assertThat(standar.tentukan(teks -> "PT90M").jatuhTempo()).isEqualTo("PT90M");
    assertThat(standar.tentukan(teks -> "-").ada()).isFalse();
    assertThat(standar.tentukan(teks -> null).ada()).isFalse();
    assertThatThrownBy(() -> standar.tentukan(teks -> "dua jam")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bukan durasi ISO-8601");
    assertThatThrownBy(() -> standar.tentukan(teks -> "${lagi}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bukan ekspresi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${}", "${x", "$x}"})
  void notAnExpression_refused(String waktu) {
    assertThatThrownBy(() -> StandarWaktu.baca(waktu)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bukan durasi ISO-8601");
  }

  @Test
  void range_lowerBoundKept() {
    StandarWaktu standar = StandarWaktu.baca("P60D", "P30D");
    assertThat(standar.jatuhTempo()).isEqualTo("P60D");
    assertThat(standar.bawah()).hasValueSatisfying(bawah -> {
      assertThat(bawah.jatuhTempo()).isEqualTo("P30D");
      assertThat(bawah.bawah()).isEmpty();
    });
    assertThat(standar.tentukan(teks -> {
      throw new AssertionError("no expression to resolve");
    })).isEqualTo(standar);
    assertThat(standar).hasToString("P30D..P60D");
  }

  @Test
  void range_lowerBoundWithoutStandardOrNone_dropped() {
    assertThat(StandarWaktu.baca("-", "P30D")).isEqualTo(StandarWaktu.TIDAK_ADA);
    assertThat(StandarWaktu.baca("P60D", "-").bawah()).isEmpty();
    assertThat(StandarWaktu.baca("P60D", null).bawah()).isEmpty();
  }

  @Test
  void range_expressionsResolvedBoth() {
    Map<String, Object> nilai = new HashMap<>(Map.of("${atas}", "P60D", "${bawah}", "P30D"));
    StandarWaktu tertentu = StandarWaktu.baca("${atas}", "${bawah}").tentukan(nilai::get);
    assertThat(tertentu).isEqualTo(StandarWaktu.baca("P60D", "P30D"));
    nilai.put("${bawah}", "-");
    assertThat(StandarWaktu.baca("${atas}", "${bawah}").tentukan(nilai::get)).isEqualTo(StandarWaktu.baca("P60D"));
  }

  /** The Waktu column as agencies write it: the same value type as {@code sop.waktu}. */
  @ParameterizedTest(name = "{0} -> {1} (bawah {2})")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "300 Menit|PT300M|null", "7.350 menit|PT7350M|null", "5 menit|PT5M|null", "2.550 Menit|PT2550M|null",
      "2 Hari|P2D|null", "1 hari|P1D|null", "1 Minggu|P1W|null", "3 jam|PT3H|null",
      "30-60 hari|P60D|P30D", "30 - 60 Hari|P60D|P30D", "30–60 hari|P60D|P30D",
      "Setiap bulan|R/P1M|null", "setiap  Bulan|R/P1M|null", "Setiap minggu|R/P1W|null",
      "PT300M|PT300M|null", "r/p1m|R/P1M|null", " 300 menit |PT300M|null"})
  void timeAsWrittenInTheTable(String teks, String waktu, String bawah) {
    StandarWaktu standar = StandarWaktu.dariTeks(teks);
    assertThat(standar.teks().toUpperCase()).isEqualTo(waktu);
    assertThat(standar.bawah().map(StandarWaktu::teks)).isEqualTo(java.util.Optional.ofNullable(bawah));
    assertThat(standar).isEqualTo(StandarWaktu.baca(standar.teks(), bawah));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-", " - ", "–"})
  void noTimeInTheTable_noStandard(String teks) {
    assertThat(StandarWaktu.dariTeks(teks)).isEqualTo(StandarWaktu.TIDAK_ADA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 jam kerja", "dua hari", "2,5 hari", "60-30 hari", "0 menit", "1 bulan", "hari",
      "segera", "${waktu}", "300", "Setiap tahun", "30-60", "P"})
  void anyOtherTime_refusedNamingIt(String teks) {
    assertThatThrownBy(() -> StandarWaktu.dariTeks(teks)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + teks + "' bukan");
  }
}
