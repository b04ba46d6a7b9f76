package id.alursop.kalender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import id.alursop.rest.Galat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The days off: {@code GET /api/calendar/holidays?year=2026[&instansi=bogor]} lists national
 * holidays, cuti bersama and regional holidays; administrators add a regional holiday with
 * {@code POST /api/calendar/holidays}, effective at once for new due dates.
 */
@RestController
@RequestMapping("/api/calendar/holidays")
public class HariLiburController {

  private final KalenderInstansi kalender;
  private final HariLiburDaerahRepository daerah;
  private final KalenderProperties properties;
  private final IdentityService identity;

  public HariLiburController(KalenderInstansi kalender, HariLiburDaerahRepository daerah,
      KalenderProperties properties, IdentityService identity) {
    this.kalender = kalender;
    this.daerah = daerah;
    this.properties = properties;
    this.identity = identity;
  }

  @GetMapping
  public ResponseEntity<?> daftar(@RequestParam("year") int tahun,
      @RequestParam(name = "instansi", required = false) String instansi) {
    if (tahun < 2000 || tahun > 2100) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Tahun " + tahun + " di luar rentang 2000-2100");
    }
    if (instansi != null && !properties.instansi().containsKey(instansi)) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Instansi '" + instansi + "' tidak dikenal");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tahun", tahun);
    body.put("instansi", instansi);
    body.put("dataNasionalTersedia", kalender.hariLibur().tahunTersedia().contains(tahun));
    body.put("libur", kalender.hariLibur().tahun(tahun, instansi));
    return ResponseEntity.ok(body);
  }

  /** A regional holiday to add. */
  public record HariLiburBaru(LocalDate tanggal, String nama, String instansi, String dasar) {
  }

  @PostMapping
  public ResponseEntity<?> tambah(@RequestBody HariLiburBaru baru) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return Galat.of(HttpStatus.FORBIDDEN, "Hanya administrator yang dapat menambah hari libur daerah");
    }
    List<String> salah = new ArrayList<>();
    if (baru.tanggal() == null) {
      salah.add("tanggal wajib diisi (tttt-bb-hh)");
    }
    if (baru.nama() == null || baru.nama().isBlank() || baru.nama().length() > 200) {
      salah.add("nama wajib diisi (maksimal 200 karakter)");
    }
    if (baru.instansi() != null && !properties.instansi().containsKey(baru.instansi())) {
      salah.add("instansi '" + baru.instansi() + "' tidak dikenal");
    }
    if (!salah.isEmpty()) {
      return Galat.of(HttpStatus.BAD_REQUEST, String.join("; ", salah));
    }
    boolean ada = baru.instansi() == null ? daerah.existsByTanggalAndInstansiIsNull(baru.tanggal())
        : daerah.existsByTanggalAndInstansi(baru.tanggal(), baru.instansi());
    if (ada) {
      return Galat.of(HttpStatus.CONFLICT, "Hari libur pada " + baru.tanggal() + " sudah tercatat");
    }
    HariLiburDaerah disimpan = daerah.save(new HariLiburDaerah(baru.tanggal(), baru.nama().trim(), baru.instansi(),
        baru.dasar(), auth.getUserId(), ClockUtil.getCurrentTime().toInstant()));
    kalender.hariLibur().segarkan();
    return ResponseEntity.status(HttpStatus.CREATED).body(disimpan.sebagaiHariLibur());
  }
}
