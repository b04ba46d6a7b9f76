package id.alursop.rest;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The error answer of our own {@code /api}: a status and an Indonesian message. */
public final class Galat {

  private Galat() {
  }

  public static ResponseEntity<Map<String, String>> of(HttpStatus status, String pesan) {
    return ResponseEntity.status(status).body(Map.of("message", pesan));
  }
}
