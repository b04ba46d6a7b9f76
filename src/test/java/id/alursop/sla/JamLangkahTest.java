package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.sop.StandarWaktu;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A step's clock as the SOP instance keeps it: start and standard as an ISO-8601 interval. */
class JamLangkahTest {

  @Test
  void clockReadsBackAsWritten() {
    JamLangkah.Jam jam = new JamLangkah.Jam(Instant.parse("2027-02-08T01:10:00Z"), StandarWaktu.baca("p3d"));
    assertThat(jam.teks()).isEqualTo("2027-02-08T01:10:00Z/P3D");
    assertThat(JamLangkah.Jam.baca(jam.teks())).isEqualTo(new JamLangkah.Jam(jam.mulai(), StandarWaktu.baca("P3D")));
    assertThat(JamLangkah.Jam.baca("2027-02-08T01:00:00Z/PT5M").standar().durasi()).isEqualTo(StandarWaktu.baca("PT5M").durasi());
    assertThat(JamLangkah.variabel("3")).isEqualTo("jamLangkah3");
  }
}
