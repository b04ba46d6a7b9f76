package id.alursop.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download of the application's reports: semicolon-separated (what a spreadsheet in an
 * Indonesian locale opens), a header row, UTF-8, one line per row; a value holding a semicolon,
 * quote or line break is quoted (Apache Commons CSV), never altered.
 */
public final class UnduhanCsv {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator('\n')
      .get();

  private UnduhanCsv() {
  }

  /** The file {@code namaBerkas} with the header {@code kolom} and the rows; {@code null} is written empty. */
  public static ResponseEntity<String> dari(String namaBerkas, List<String> kolom, List<? extends List<?>> baris) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, Unduhan.sebagai(namaBerkas).toString())
        .body(teks(kolom, baris));
  }

  static String teks(List<String> kolom, List<? extends List<?>> baris) {
    StringWriter keluaran = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(keluaran, FORMAT)) {
      printer.printRecord(kolom);
      for (List<?> b : baris) {
        printer.printRecord(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return keluaran.toString();
  }
}
