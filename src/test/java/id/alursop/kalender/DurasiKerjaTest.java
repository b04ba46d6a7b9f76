package id.alursop.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurasiKerjaTest {

  @ParameterizedTest
  @CsvSource({"PT300M,0,0,0,18000", "P2D,0,0,2,0", "P1W,0,0,5,0", "P60D,0,0,60,0", "P1M,0,1,0,0",
      "P1Y2M3DT4H5M6S,1,2,3,14706", "pt90m,0,0,0,5400"})
  void parses(String iso, int tahun, int bulan, long hari, long detik) {
    assertThat(DurasiKerja.parse(iso)).isEqualTo(new DurasiKerja(tahun, bulan, hari, detik));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "PT", "P1DT", "2 hari", "R/P1M", "-P1D"})
  void refusesWhatIsNoDuration(String iso) {
    assertThatThrownBy(() -> DurasiKerja.parse(iso)).isInstanceOf(IllegalArgumentException.class);
  }
}
