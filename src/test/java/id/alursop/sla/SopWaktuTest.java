package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SopWaktuTest {

  @ParameterizedTest
  @CsvSource({"PT300M,PT300M", "P2D,P2D", "P1W,P1W", "P60D,P60D", "R/P1M,P1M", "R3/P1D,P1D", "p3d,P3D"})
  void dueDurationOfAStandard(String waktu, String due) {
    assertThat(SopWaktu.dueDuration(waktu)).isEqualTo(due);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hari", "P", "PT", "R/", "30-60 hari", "P1DT"})
  void notADuration_refused(String waktu) {
    assertThatThrownBy(() -> SopWaktu.dueDuration(waktu)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bukan durasi ISO-8601");
  }
}
