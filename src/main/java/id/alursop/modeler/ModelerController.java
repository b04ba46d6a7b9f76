package id.alursop.modeler;

import id.alursop.login.PintuMasuk;

import id.alursop.rest.Galat;
import id.alursop.organisasi.DaftarInstansi;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The modeler's API (administrators only, see {@link ModelerAuthFilter}). Requests with a body
 * must be JSON, which a cross-site form cannot send.
 *
 * <ul>
 *   <li>{@code GET /modeler/api/models[?tenant=bogor|bersama]}: deployed processes, decisions and
 *       forms per agency with their versions, who deployed each and when;</li>
 *   <li>{@code GET /modeler/api/models/{jenis}/{id}}: one version's content;</li>
 *   <li>{@code POST /modeler/api/check}: the SOP conventions check ({@code galat}, {@code peringatan});</li>
 *   <li>{@code POST /modeler/api/diff}: what changed against the deployed version;</li>
 *   <li>{@code POST /modeler/api/deploy}: deploy a new version (400 with the errors when the check fails);</li>
 *   <li>{@code POST /modeler/api/new}: a new SOP model from the template (not deployed);</li>
 *   <li>{@code GET /modeler/api/history}: the last deployments made from the modeler.</li>
 * </ul>
 */
@RestController
@RequestMapping("/modeler/api")
public class ModelerController {

  private final KatalogModel katalog;
  private final PenerapanModeler penerapan;

  private final DaftarInstansi instansi;
  private final LajurKelompok lajurKelompok;

  public ModelerController(KatalogModel katalog, PenerapanModeler penerapan, DaftarInstansi instansi,
      LajurKelompok lajurKelompok) {
    this.instansi = instansi;
    this.lajurKelompok = lajurKelompok;
    this.katalog = katalog;
    this.penerapan = penerapan;
  }

  /** Files and agency of a check, diff or deploy. */
  public record Permintaan(String tenant, List<PenerapanModeler.Berkas> berkas, Boolean buatKelompok) {
  }

  /** A new SOP: agency, process id, name, lanes top to bottom, the lane that may start it. */
  public record SopBaru(String tenant, String id, String nama, List<String> lajur, String pemulai) {
  }

  @GetMapping("/models")
  public ResponseEntity<?> daftar(@RequestParam(required = false) String tenant, HttpServletRequest request) {
    if (tenant != null && !tenant.equals("bersama")) {
      try {
        penerapan.tenant(tenant);
      } catch (PenerapanDitolak e) {
        return Galat.of(HttpStatus.BAD_REQUEST, e.getMessage());
      }
    }
    Map<String, Object> hasil = new LinkedHashMap<>();
    hasil.put("pengguna", ((PintuMasuk.Pengguna) request.getAttribute(PintuMasuk.PENGGUNA)).id());
    hasil.put("instansi", instansi.semua().stream().map(i -> Map.of("id", i.id(), "nama", i.nama())).toList());
    hasil.put("model", katalog.daftar(tenant == null || tenant.isBlank() ? null : tenant));
    return ResponseEntity.ok(hasil);
  }

  @GetMapping("/models/{jenis}/{id}")
  public ResponseEntity<?> isi(@org.springframework.web.bind.annotation.PathVariable String jenis,
      @org.springframework.web.bind.annotation.PathVariable String id) {
    Optional<JenisModel> j = JenisModel.dariKode(jenis);
    if (j.isEmpty()) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Jenis model harus bpmn, dmn atau form.");
    }
    return katalog.isi(j.get(), id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> Galat.of(HttpStatus.NOT_FOUND, "Model '" + id + "' tidak ditemukan."));
  }

  @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> periksa(@RequestBody Permintaan permintaan) {
    if (permintaan.berkas() == null || permintaan.berkas().isEmpty()) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Tidak ada berkas untuk diperiksa.");
    }
    try {
      List<Temuan> temuan = penerapan.periksa(permintaan.tenant(), permintaan.berkas());
      return ResponseEntity.ok(temuan(temuan));
    } catch (PenerapanDitolak e) {
      return ditolak(e);
    }
  }

  @PostMapping(path = "/diff", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> beda(@RequestBody Permintaan permintaan) {
    if (permintaan.berkas() == null || permintaan.berkas().size() != 1) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Kirim tepat satu berkas untuk dibandingkan.");
    }
    PenerapanModeler.Berkas berkas = permintaan.berkas().get(0);
    Optional<JenisModel> jenis = JenisModel.dariNama(berkas.nama());
    if (jenis.isEmpty()) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Berkas harus berakhiran .bpmn, .dmn atau .form.");
    }
    String tenant;
    try {
      tenant = penerapan.tenant(permintaan.tenant());
    } catch (PenerapanDitolak e) {
      return ditolak(e);
    }
    Optional<KatalogModel.Isi> dasar = PenerapanModeler.kunci(jenis.get(), berkas.isi())
        .flatMap(k -> katalog.terbaru(jenis.get(), k, tenant));
    Map<String, Object> hasil = new LinkedHashMap<>();
    if (dasar.isPresent()) {
      KatalogModel.Isi d = dasar.get();
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("id", d.id());
      info.put("key", d.key());
      info.put("versi", d.versi());
      info.put("tenant", d.tenant());
      hasil.put("dasar", info);
    } else {
      hasil.put("dasar", null);
    }
    hasil.put("perbedaan", PembandingModel.banding(jenis.get(), dasar.map(KatalogModel.Isi::isi).orElse(""),
        berkas.isi()));
    return ResponseEntity.ok(hasil);
  }

  @PostMapping(path = "/deploy", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> terapkan(@RequestBody Permintaan permintaan, HttpServletRequest request) {
    try {
      PenerapanModeler.Hasil hasil = penerapan.terapkan(permintaan.tenant(), permintaan.berkas(),
          ((PintuMasuk.Pengguna) request.getAttribute(PintuMasuk.PENGGUNA)).id(),
          Boolean.TRUE.equals(permintaan.buatKelompok()));
      return ResponseEntity.status(hasil.berubah() ? HttpStatus.CREATED : HttpStatus.OK).body(hasil);
    } catch (PenerapanDitolak e) {
      return ditolak(e);
    } catch (PenerapanModeler.KelompokPerluDibuat e) {
      Map<String, Object> hasil = new LinkedHashMap<>();
      hasil.put("message", e.getMessage());
      hasil.put("kelompokBaru", e.kelompok());
      return ResponseEntity.status(HttpStatus.CONFLICT).body(hasil);
    }
  }

  @PostMapping(path = "/new", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> baru(@RequestBody SopBaru sop) {
    String tenant;
    try {
      tenant = penerapan.tenant(sop.tenant());
    } catch (PenerapanDitolak e) {
      return ditolak(e);
    }
    if (tenant == null) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Pilih instansi untuk SOP baru.");
    }
    try {
      if (sop.pemulai() == null || sop.lajur() == null
          || sop.lajur().stream().noneMatch(l -> l != null && l.trim().equals(sop.pemulai().trim()))) {
        return Galat.of(HttpStatus.BAD_REQUEST, "Pilih lajur yang boleh memulai SOP ini (pemulai: salah satu lajur).");
      }
      String xml = TemplatSop.buat(sop.id(), sop.nama(), sop.lajur(),
          lajurKelompok.kelompokLajur(sop.pemulai(), tenant));
      Map<String, Object> hasil = new LinkedHashMap<>();
      hasil.put("tenant", tenant);
      hasil.put("nama", "processes/" + sop.id() + ".bpmn");
      hasil.put("isi", xml);
      hasil.put("sudahAda", katalog.terbaru(JenisModel.BPMN, sop.id(), tenant).isPresent());
      return ResponseEntity.ok(hasil);
    } catch (IllegalArgumentException e) {
      return Galat.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping("/history")
  public List<Map<String, Object>> riwayat(@RequestParam(defaultValue = "50") int batas) {
    return katalog.riwayat(Math.max(1, Math.min(batas, 500)));
  }

  private static Map<String, Object> temuan(List<Temuan> temuan) {
    Map<String, Object> hasil = new LinkedHashMap<>();
    hasil.put("galat", temuan.stream().filter(Temuan::isGalat).toList());
    hasil.put("peringatan", temuan.stream().filter(t -> !t.isGalat()).toList());
    return hasil;
  }

  private static ResponseEntity<?> ditolak(PenerapanDitolak e) {
    Map<String, Object> hasil = new LinkedHashMap<>();
    hasil.put("message", e.getMessage());
    hasil.putAll(temuan(e.temuan()));
    return ResponseEntity.badRequest().body(hasil);
  }
}
