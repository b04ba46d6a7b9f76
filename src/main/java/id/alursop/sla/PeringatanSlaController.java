package id.alursop.sla;

import id.alursop.rest.Galat;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sla/alerts}: the open reminders and escalations for the current user (sent to
 * the user, or to one of the user's groups), newest first, a page at a time: {@code firstResult}
 * (default 0) and {@code maxResults} (default {@value #BAWAAN}, at most {@value #BATAS}).
 */
@RestController
public class PeringatanSlaController {

  static final int BAWAAN = 100;
  static final int BATAS = 500;

  private final PeringatanSlaRepository peringatan;
  private final IdentityService identity;

  public PeringatanSlaController(PeringatanSlaRepository peringatan, IdentityService identity) {
    this.peringatan = peringatan;
    this.identity = identity;
  }

  @GetMapping("/api/sla/alerts")
  public ResponseEntity<?> untukSaya(@RequestParam(required = false) String firstResult,
      @RequestParam(required = false) String maxResults) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      return Galat.of(HttpStatus.UNAUTHORIZED, "Perlu login");
    }
    Integer dari = bilangan(firstResult, 0, 0, Integer.MAX_VALUE);
    if (dari == null) {
      return Galat.of(HttpStatus.BAD_REQUEST, "firstResult harus bilangan bulat 0 atau lebih");
    }
    Integer jumlah = bilangan(maxResults, BAWAAN, 1, BATAS);
    if (jumlah == null) {
      return Galat.of(HttpStatus.BAD_REQUEST, "maxResults harus bilangan bulat 1 sampai " + BATAS);
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return ResponseEntity.ok(peringatan.terbukaUntuk(auth.getUserId(), groups, dari, jumlah));
  }

  /** The parameter as a whole number within bounds, its default when absent, null when bad. */
  private static Integer bilangan(String nilai, int bawaan, int min, int max) {
    if (nilai == null) {
      return bawaan;
    }
    try {
      int n = Integer.parseInt(nilai.trim());
      return n < min || n > max ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
