package id.alursop.sla;

import id.alursop.rest.Galat;
import id.alursop.rest.Halaman;
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
 * (default 0) and {@code maxResults} (default {@value Halaman#BAWAAN}, at most {@value Halaman#BATAS}).
 */
@RestController
public class PeringatanSlaController {

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
    Halaman halaman;
    try {
      halaman = Halaman.baca(firstResult, maxResults);
    } catch (IllegalArgumentException e) {
      return Galat.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return ResponseEntity.ok(peringatan.terbukaUntuk(auth.getUserId(), groups, halaman.dari(), halaman.jumlah()));
  }
}
