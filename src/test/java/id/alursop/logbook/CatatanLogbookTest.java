package id.alursop.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The logbook note as written: the submitted text trimmed, at most the column's 4000 characters, none when blank. */
class CatatanLogbookTest {

  @Test
  void trimmed_blankIsNone_typedValuesRead() {
    assertThat(CatatanLogbook.bersih("  Rapat warga\n dihadiri 30 orang \n")).hasValue("Rapat warga\n dihadiri 30 orang");
    assertThat(CatatanLogbook.bersih(" \t\n ")).isEmpty();
    assertThat(CatatanLogbook.bersih(null)).isEmpty();
    assertThat(CatatanLogbook.bersih(Variables.stringValue(" Foto terlampir "))).hasValue("Foto terlampir");
    assertThat(CatatanLogbook.bersih(Variables.stringValue(null))).isEmpty();
  }

  @Test
  void cutAtTheColumnsLength_neverInsideACharacter() {
    assertThat(CatatanLogbook.bersih(" " + "a".repeat(4000) + " ")).hasValue("a".repeat(4000));
    assertThat(CatatanLogbook.bersih("a".repeat(4100))).hasValue("a".repeat(4000));
    assertThat(CatatanLogbook.bersih("a".repeat(3999) + "\uD83D\uDCF7" + "b")).hasValue("a".repeat(3999));
    assertThat(CatatanLogbook.bersih("a".repeat(3998) + "\uD83D\uDCF7" + "b")).hasValue("a".repeat(3998) + "\uD83D\uDCF7");
  }
}
