package id.alursop.dokumen;

import id.alursop.rest.Galat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of a step (Notulen, Nota Dinas, SK Tim, Laporan…): {@code POST
 * /api/dokumen/tugas/{taskId}} with the file field {@code berkas} stores it as a Camunda
 * attachment of the task and its process instance; {@code GET /api/dokumen/instans/{id}} lists
 * them. Only PDF, DOCX, XLSX, PNG and JPEG up to the size limit; anything else is refused with a
 * clear 4xx and nothing is stored.
 */
@RestController
public class DokumenController {

  private final TaskService tasks;
  private final DataSize batas;

  public DokumenController(TaskService tasks, @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize batas) {
    this.tasks = tasks;
    this.batas = batas;
  }

  @PostMapping(path = "/api/dokumen/tugas/{taskId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> unggah(@PathVariable String taskId, @RequestPart("berkas") MultipartFile berkas,
      @RequestParam(name = "keterangan", required = false) String keterangan) throws IOException {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Galat.of(HttpStatus.NOT_FOUND, "Tugas " + taskId + " tidak ditemukan atau bukan tugas Anda");
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
      return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis berkas tidak diterima: hanya PDF, DOCX, XLSX, PNG, JPG");
    }
    byte[] isi = berkas.getBytes();
    if (!jenis.get().cocok(isi)) {
      return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Isi berkas bukan " + jenis.get().name() + " seperti namanya: berkas ditolak");
    }
    if (keterangan != null && keterangan.length() > 500) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Keterangan maksimal 500 karakter");
    }
    try {
      Attachment lampiran = tasks.createAttachment(jenis.get().mime(), taskId, task.getProcessInstanceId(), nama,
          keterangan, new ByteArrayInputStream(isi));
      return ResponseEntity.status(HttpStatus.CREATED).body(ringkas(lampiran, isi.length));
    } catch (AuthorizationException e) {
      return Galat.of(HttpStatus.FORBIDDEN, "Anda tidak berhak melampirkan berkas pada tugas ini");
    }
  }

  @GetMapping("/api/dokumen/instans/{processInstanceId}")
  public ResponseEntity<?> daftar(@PathVariable String processInstanceId) {
    try {
      List<Map<String, Object>> lampiran = tasks.getProcessInstanceAttachments(processInstanceId).stream()
          .map(a -> ringkas(a, -1)).toList();
      return ResponseEntity.ok(lampiran);
    } catch (AuthorizationException e) {
      return Galat.of(HttpStatus.FORBIDDEN, "Anda tidak berhak melihat berkas instans ini");
    }
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<?> terlaluBesar() {
    return Galat.of(HttpStatus.PAYLOAD_TOO_LARGE, "Berkas melebihi batas " + batas.toMegabytes() + " MB");
  }

  private static Map<String, Object> ringkas(Attachment a, long ukuran) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.getId());
    m.put("nama", a.getName());
    m.put("jenis", a.getType());
    m.put("keterangan", a.getDescription());
    m.put("tugas", a.getTaskId());
    m.put("instans", a.getProcessInstanceId());
    m.put("dibuatPada", a.getCreateTime());
    if (ukuran >= 0) {
      m.put("ukuran", ukuran);
    }
    return m;
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
