package id.alursop.sla;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import id.alursop.rest.Galat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sla/alerts}: the open reminders and escalations for the current user. */
@RestController
public class PeringatanSlaController {

  private final PeringatanSlaRepository peringatan;
  private final IdentityService identity;

  public PeringatanSlaController(PeringatanSlaRepository peringatan, IdentityService identity) {
    this.peringatan = peringatan;
    this.identity = identity;
  }

  @GetMapping("/api/sla/alerts")
  public ResponseEntity<?> untukSaya() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      return Galat.of(HttpStatus.UNAUTHORIZED, "Perlu login");
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return ResponseEntity.ok(peringatan.findTop500BySelesaiFalseOrderByDibuatPadaDesc().stream()
        .filter(p -> auth.getUserId().equals(p.getPenggunaPenerima()) || (p.getKelompokPenerima() != null
            && Arrays.stream(p.getKelompokPenerima().split(",")).anyMatch(groups::contains)))
        .toList());
  }
}
