package id.alursop.pmd;

import id.alursop.rest.Galat;
import id.alursop.rest.Halaman;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Kasi PMD's periodic reports for those they are sent to (the Camat's group): {@code GET
 * /api/pmd/laporan} lists the reports sent to one of the user's groups, newest first, a page at a
 * time ({@code firstResult}, {@code maxResults} default {@value Halaman#BAWAAN}, at most {@value Halaman#BATAS};
 * {@code instans} keeps one programme's); {@code GET /api/pmd/laporan/{id}} opens one. A report
 * sent to none of the user's groups is answered 404, as one that does not exist.
 */
@RestController
public class LaporanBerkalaController {

  private final LaporanBerkalaRepository laporan;
  private final IdentityService identity;

  public LaporanBerkalaController(LaporanBerkalaRepository laporan, IdentityService identity) {
    this.laporan = laporan;
    this.identity = identity;
  }

  @GetMapping("/api/pmd/laporan")
  public ResponseEntity<?> daftar(@RequestParam(required = false) String instans,
      @RequestParam(required = false) String firstResult, @RequestParam(required = false) String maxResults) {
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
    List<String> kelompok = kelompok(auth);
    if (kelompok.isEmpty()) {
      return ResponseEntity.ok(List.of());
    }
    List<LaporanBerkala> hasil = instans == null || instans.isBlank() ? laporan.untuk(kelompok, halaman.dari(), halaman.jumlah())
        : laporan.untukInstans(kelompok, instans.trim(), halaman.dari(), halaman.jumlah());
    return ResponseEntity.ok(hasil);
  }

  @GetMapping("/api/pmd/laporan/{id}")
  public ResponseEntity<?> satu(@PathVariable String id) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      return Galat.of(HttpStatus.UNAUTHORIZED, "Perlu login");
    }
    Long nomor = bilanganPanjang(id);
    List<String> kelompok = kelompok(auth);
    return (nomor == null ? java.util.Optional.<LaporanBerkala>empty() : laporan.findById(nomor))
        .filter(l -> kelompok.contains(l.getKepadaKelompok()))
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> Galat.of(HttpStatus.NOT_FOUND, "Laporan tidak ditemukan"));
  }

  private static List<String> kelompok(Authentication auth) {
    return auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  private static Long bilanganPanjang(String nilai) {
    try {
      return Long.valueOf(nilai.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
