package id.alursop.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The error answer of our own {@code /api}: a status and an Indonesian message, optionally the
 * field or parameter it is about. Every refusal is logged once on one line at INFO: status, method
 * and path, never the message (it may quote what was sent). See {@link GalatApi} for the rest of
 * the error contract.
 */
public final class Galat {

  private static final Logger LOG = LoggerFactory.getLogger(Galat.class);

  private Galat() {
  }

  public static ResponseEntity<Map<String, String>> of(HttpStatus status, String pesan) {
    return of(status, null, pesan);
  }

  /** A refusal about one field or parameter ({@code "field"} in the body). */
  public static ResponseEntity<Map<String, String>> of(HttpStatus status, String isian, String pesan) {
    catat(status, isian);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("message", pesan);
    if (isian != null) {
      body.put("field", isian);
    }
    return ResponseEntity.status(status).body(body);
  }

  private static void catat(HttpStatus status, String isian) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes atribut)) {
      return;
    }
    HttpServletRequest request = atribut.getRequest();
    LOG.info("Ditolak {} {} {}{}", status.value(), request.getMethod(), request.getRequestURI(),
        isian == null ? "" : " (" + isian + ")");
  }
}
