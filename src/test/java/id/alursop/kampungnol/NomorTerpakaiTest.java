package id.alursop.kampungnol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The numbers taken during an import: exactly what a set of strings would answer. */
class NomorTerpakaiTest {

  @Test
  void sixteenDigitNumbers_leadingZerosCount_andTheTableGrows() {
    NomorTerpakai terpakai = new NomorTerpakai();
    assertThat(terpakai.ada("0000000000000000")).isFalse();
    terpakai.tambah("0000000000000000");
    assertThat(terpakai.ada("0000000000000000")).isTrue();
    assertThat(terpakai.ada("0000000000000001")).isFalse();
    for (long i = 0; i < 100_000; i++) {
      terpakai.tambah(String.format("%016d", 3271000000000000L + i * 7));
    }
    terpakai.tambah("3271000000000000"); // again: counted once
    assertThat(terpakai.jumlah()).isEqualTo(100_001);
    for (long i = 0; i < 100_000; i++) {
      assertThat(terpakai.ada(String.format("%016d", 3271000000000000L + i * 7))).isTrue();
      assertThat(terpakai.ada(String.format("%016d", 3271000000000000L + i * 7 + 1))).isFalse();
    }
    assertThat(terpakai.ada("9999999999999999")).isFalse();
    terpakai.tambah("9999999999999999");
    assertThat(terpakai.ada("9999999999999999")).isTrue();
  }

  @Test
  void anythingElse_keptAsItIs_neverMistakenForANumber() {
    NomorTerpakai terpakai = new NomorTerpakai();
    terpakai.tambah("32710101"); // a row stored before the rule
    terpakai.tambah(" 3271010101010001");
    assertThat(terpakai.ada("32710101")).isTrue();
    assertThat(terpakai.ada(" 3271010101010001")).isTrue();
    assertThat(terpakai.ada("3271010101010001")).isFalse();
    assertThat(terpakai.ada("00000000000000032710101")).isFalse();
    terpakai.tambah("3271010101010001");
    assertThat(terpakai.ada("3271010101010001")).isTrue();
    assertThat(terpakai.jumlah()).isEqualTo(3);
  }
}
