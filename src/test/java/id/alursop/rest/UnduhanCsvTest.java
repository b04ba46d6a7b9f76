package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class UnduhanCsvTest {

  @Test
  void freeTextIsQuotedNeverAltered_nullIsEmpty() {
    String csv = UnduhanCsv.teks(List.of("a", "b", "c"),
        List.of(Arrays.asList("Rapat; RT 01", "kata \"baku\"\nbaris dua", null), List.of(1, 2.5, "biasa")));
    assertThat(csv).isEqualTo("a;b;c\n\"Rapat; RT 01\";\"kata \"\"baku\"\"\nbaris dua\";\n1;2.5;biasa\n");
  }

  @Test
  void downloadNamesTheFileAndIsUtf8Csv() {
    ResponseEntity<String> jawaban = UnduhanCsv.dari("logbook-uji.csv", List.of("x"), List.of(List.of("é")));
    assertThat(jawaban.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    assertThat(jawaban.getHeaders().getFirst("Content-Disposition")).contains("attachment", "logbook-uji.csv");
    assertThat(jawaban.getBody()).isEqualTo("x\né\n");
  }
}
