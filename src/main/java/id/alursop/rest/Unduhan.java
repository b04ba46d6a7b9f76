package id.alursop.rest;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/** How the application's downloads (documents, CSV exports) are named for the browser. */
public final class Unduhan {

  private Unduhan() {
  }

  /** A download under the file's own name: plain when ASCII, else also as RFC 5987 UTF-8; "berkas" when blank. */
  public static ContentDisposition sebagai(String nama) {
    String berkas = nama == null || nama.isBlank() ? "berkas" : nama;
    return StandardCharsets.US_ASCII.newEncoder().canEncode(berkas)
        ? ContentDisposition.attachment().filename(berkas).build()
        : ContentDisposition.attachment().filename(berkas, StandardCharsets.UTF_8).build();
  }
}
