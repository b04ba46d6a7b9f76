package id.alursop.dokumen;

import id.alursop.identity.PelaksanaTugas;
import id.alursop.identity.SebagaiAplikasi;
import id.alursop.rest.Galat;
import id.alursop.rest.Unduhan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Documents of a case (Notulen, Nota Dinas, SK Tim, Laporan, photos…), the API of Tasklist's tab
 * *Dokumen* ({@code app/alur/dokumen.js}) and of scripts:
 *
 * <ul>
 *   <li>{@code GET /api/dokumen/tugas/{taskId}}: the task, the documents of its case, whether the
 *       user may attach, whether the step requires visual documentation and has it yet
 *       ({@link DokumentasiVisual}), and the data uploads the step takes ({@link ImporTugas});
 *   <li>{@code POST /api/dokumen/tugas/{taskId}} with the file field {@code berkas} (and {@code
 *       keterangan}): attaches a file to the task, stored with its case ({@link KasusDokumen});
 *       only the step's performers;
 *   <li>{@code GET /api/dokumen/tugas/{taskId}/berkas/{id}}: downloads one of the case's documents;
 *   <li>{@code GET /api/dokumen/instans/{id}} and {@code …/berkas/{id}}: the same by instance, for
 *       supervisors, administrators and the instance's performers.
 * </ul>
 *
 * Only PDF, DOCX, XLSX, PNG and JPEG up to the size limit, recognised by name and content;
 * anything else is refused with a clear 4xx and nothing is stored. What the user may not see
 * answers 404, as what does not exist.
 */
@RestController
public class DokumenController {

  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final KasusDokumen kasus;
  private final List<ImporTugas> impor;
  private final DataSize batas;

  public DokumenController(TaskService tasks, HistoryService history, IdentityService identity, KasusDokumen kasus,
      List<ImporTugas> impor, @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize batas) {
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.kasus = kasus;
    this.impor = impor;
    this.batas = batas;
  }

  @GetMapping("/api/dokumen/tugas/{taskId}")
  public ResponseEntity<?> tugas(@PathVariable String taskId) {
    Optional<Task> task = kasus.tugasTerlihat(taskId);
    if (task.isEmpty()) {
      return tugasTidakAda(taskId);
    }
    Task t = task.get();
    boolean pelaksana = PelaksanaTugas.adalah(identity, tasks, t);
    Map<String, Object> hasil = new LinkedHashMap<>();
    hasil.put("tugas", Map.of("id", t.getId(), "nama", t.getName() == null ? "" : t.getName()));
    hasil.put("instansKasus", kasus.kasus(t));
    hasil.put("bolehUnggah", pelaksana);
    hasil.put("jenisDiterima", JenisBerkas.semuaLabel());
    hasil.put("ekstensiDiterima", JenisBerkas.semuaEkstensi());
    hasil.put("batasMb", batas.toMegabytes());
    hasil.put("dokumentasiWajib", kasus.dokumentasiWajib(t));
    hasil.put("dokumentasiAda", kasus.dokumentasiAda(t));
    hasil.put("dokumen", daftar(kasus.dokumen(t), "/api/dokumen/tugas/" + t.getId()));
    List<Map<String, Object>> unggahanData = new ArrayList<>();
    if (pelaksana) {
      impor.stream().filter(i -> i.berlaku(t)).forEach(i -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("judul", i.judul());
        m.put("petunjuk", i.petunjuk());
        m.put("keadaan", i.keadaan(t));
        m.put("alamat", "/api/dokumen/tugas/" + t.getId() + "/impor/" + i.id());
        unggahanData.add(m);
      });
    }
    hasil.put("impor", unggahanData);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(hasil);
  }

  @PostMapping(path = "/api/dokumen/tugas/{taskId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> unggah(@PathVariable String taskId, @RequestPart("berkas") MultipartFile berkas,
      @RequestParam(name = "keterangan", required = false) String keterangan) throws IOException {
    Optional<Task> task = kasus.tugasTerlihat(taskId);
    if (task.isEmpty()) {
      return tugasTidakAda(taskId);
    }
    if (!PelaksanaTugas.adalah(identity, tasks, task.get())) {
      return Galat.of(HttpStatus.FORBIDDEN, "Hanya pelaksana langkah ini yang dapat melampirkan berkas");
    }
    String nama = namaBersih(berkas.getOriginalFilename());
    if (berkas.isEmpty() || nama.isEmpty()) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Berkas kosong atau tanpa nama");
    }
    if (berkas.getSize() > batas.toBytes()) {
      return terlaluBesar();
    }
    Optional<JenisBerkas> jenis = JenisBerkas.dariNama(nama);
    if (jenis.isEmpty()) {
      return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Jenis berkas tidak diterima: hanya " + String.join(", ", JenisBerkas.semuaLabel()));
    }
    byte[] isi = berkas.getBytes();
    if (!jenis.get().cocok(isi)) {
      return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Isi berkas bukan " + jenis.get().label() + " seperti namanya: berkas ditolak");
    }
    String ket = keterangan == null || keterangan.isBlank() ? null : keterangan.trim();
    if (ket != null && ket.length() > 500) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Keterangan maksimal 500 karakter");
    }
    // checked above; the user stays logged in so that Camunda's operation log names who attached
    String instansKasus = kasus.kasus(task.get());
    Attachment lampiran = PenjagaLampiran.diperiksaAplikasi(() -> tasks.createAttachment(jenis.get().mime(), taskId,
        instansKasus, nama, ket, new ByteArrayInputStream(isi)));
    Map<String, String> langkah = new HashMap<>();
    langkah.put(taskId, task.get().getName());
    Map<String, Object> hasil = ringkas(lampiran, langkah, "/api/dokumen/tugas/" + taskId);
    hasil.put("ukuran", isi.length);
    return ResponseEntity.status(HttpStatus.CREATED).body(hasil);
  }

  @GetMapping("/api/dokumen/tugas/{taskId}/berkas/{lampiranId}")
  public ResponseEntity<?> unduh(@PathVariable String taskId, @PathVariable String lampiranId) {
    Optional<Task> task = kasus.tugasTerlihat(taskId);
    if (task.isEmpty()) {
      return tugasTidakAda(taskId);
    }
    return kirim(kasus.dokumen(task.get(), lampiranId));
  }

  @GetMapping("/api/dokumen/instans/{processInstanceId}")
  public ResponseEntity<?> daftarInstans(@PathVariable String processInstanceId) {
    if (!kasus.bolehMelihatInstans(processInstanceId)) {
      return instansTidakAda(processInstanceId);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(daftar(
        kasus.dokumenInstans(processInstanceId), "/api/dokumen/instans/" + processInstanceId));
  }

  @GetMapping("/api/dokumen/instans/{processInstanceId}/berkas/{lampiranId}")
  public ResponseEntity<?> unduhInstans(@PathVariable String processInstanceId, @PathVariable String lampiranId) {
    if (!kasus.bolehMelihatInstans(processInstanceId)) {
      return instansTidakAda(processInstanceId);
    }
    return kirim(kasus.dokumenInstans(processInstanceId).stream().filter(a -> a.getId().equals(lampiranId))
        .findFirst());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<?> terlaluBesar() {
    return Galat.of(HttpStatus.PAYLOAD_TOO_LARGE, "Berkas melebihi batas " + batas.toMegabytes() + " MB");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  public ResponseEntity<?> tanpaBerkas() {
    return Galat.of(HttpStatus.BAD_REQUEST, "Pilih berkas yang akan diunggah (isian berkas)");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<?> bukanMultipart() {
    return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kirim berkas sebagai multipart/form-data dengan isian berkas");
  }

  /** The attachment's content as a download under its own name; 404 when it is not there. */
  private ResponseEntity<?> kirim(Optional<Attachment> lampiran) {
    InputStream isi = lampiran.map(kasus::isi).orElse(null);
    if (isi == null) {
      return Galat.of(HttpStatus.NOT_FOUND, "Berkas tidak ditemukan pada kasus ini");
    }
    byte[] bytes;
    try (isi) {
      bytes = isi.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Berkas tidak dapat dibaca", e);
    }
    Attachment a = lampiran.get();
    MediaType jenis = JenisBerkas.dariMime(a.getType()).map(j -> MediaType.parseMediaType(j.mime()))
        .orElse(MediaType.APPLICATION_OCTET_STREAM);
    return ResponseEntity.ok()
        .contentType(jenis)
        .contentLength(bytes.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, Unduhan.sebagai(a.getName()).toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(bytes);
  }

  private List<Map<String, Object>> daftar(List<Attachment> lampiran, String dasarUnduh) {
    Map<String, String> langkah = namaLangkah(lampiran);
    return lampiran.stream().map(a -> ringkas(a, langkah, dasarUnduh)).toList();
  }

  /** The names of the steps the documents were attached at (read as the application: they may be others' steps). */
  private Map<String, String> namaLangkah(List<Attachment> lampiran) {
    return SebagaiAplikasi.jalankan(identity, () -> {
      Map<String, String> nama = new HashMap<>();
      lampiran.stream().map(Attachment::getTaskId).filter(id -> id != null).distinct().forEach(id -> {
        HistoricTaskInstance t = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
        if (t != null && t.getName() != null) {
          nama.put(id, t.getName());
        }
      });
      return nama;
    });
  }

  private static Map<String, Object> ringkas(Attachment a, Map<String, String> langkah, String dasarUnduh) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.getId());
    m.put("nama", a.getName());
    m.put("jenis", a.getType());
    m.put("keterangan", a.getDescription());
    m.put("tugas", a.getTaskId());
    m.put("langkah", a.getTaskId() == null ? null : langkah.get(a.getTaskId()));
    m.put("instans", a.getProcessInstanceId());
    m.put("dibuatPada", a.getCreateTime());
    m.put("unduh", dasarUnduh + "/berkas/" + a.getId());
    return m;
  }

  static ResponseEntity<?> tugasTidakAda(String taskId) {
    return Galat.of(HttpStatus.NOT_FOUND, "Tugas " + taskId + " tidak ditemukan atau bukan tugas Anda");
  }

  private static ResponseEntity<?> instansTidakAda(String processInstanceId) {
    return Galat.of(HttpStatus.NOT_FOUND, "Instans " + processInstanceId + " tidak ditemukan atau bukan wewenang Anda");
  }

  /** The file's own name without any folder, at most 200 characters. */
  static String namaBersih(String nama) {
    if (nama == null) {
      return "";
    }
    String dasar = nama.replace('\\', '/');
    dasar = dasar.substring(dasar.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
    return dasar.length() > 200 ? dasar.substring(dasar.length() - 200) : dasar;
  }
}
