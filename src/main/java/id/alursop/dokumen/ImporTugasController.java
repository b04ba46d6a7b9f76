package id.alursop.dokumen;

import id.alursop.identity.PelaksanaTugas;
import id.alursop.rest.Galat;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/dokumen/tugas/{taskId}/impor/{id}}: a CSV file of data rows for a step that
 * takes them ({@link ImporTugas}), from Tasklist's tab *Dokumen* or a script, as the request body
 * ({@code text/csv}, any size, streamed) or as the file field {@code berkas} of a multipart form.
 * Only the step's performers; the answer is the per-row report ({@link LaporanImpor}). A file that
 * is not UTF-8 text (a workbook, a PDF, a CSV saved in another encoding) is refused whole with 415
 * and nothing is stored.
 */
@RestController
public class ImporTugasController {

  private static final int INTIP = 4096;

  private final KasusDokumen kasus;
  private final List<ImporTugas> impor;
  private final TaskService tasks;
  private final IdentityService identity;

  public ImporTugasController(KasusDokumen kasus, List<ImporTugas> impor, TaskService tasks,
      IdentityService identity) {
    this.kasus = kasus;
    this.impor = impor;
    this.tasks = tasks;
    this.identity = identity;
  }

  @PostMapping(path = "/api/dokumen/tugas/{taskId}/impor/{id}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  public ResponseEntity<?> unggahIsi(@PathVariable String taskId, @PathVariable String id, HttpServletRequest request)
      throws IOException {
    return impor(taskId, id, request.getInputStream());
  }

  @PostMapping(path = "/api/dokumen/tugas/{taskId}/impor/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> unggahBerkas(@PathVariable String taskId, @PathVariable String id,
      @RequestPart("berkas") MultipartFile berkas) throws IOException {
    return impor(taskId, id, berkas.getInputStream());
  }

  private ResponseEntity<?> impor(String taskId, String id, InputStream masuk) throws IOException {
    Optional<Task> task = kasus.tugasTerlihat(taskId);
    if (task.isEmpty()) {
      return DokumenController.tugasTidakAda(taskId);
    }
    Optional<ImporTugas> jenis = impor.stream().filter(i -> i.id().equals(id) && i.berlaku(task.get())).findFirst();
    if (jenis.isEmpty()) {
      return Galat.of(HttpStatus.NOT_FOUND, "Unggahan data ini tidak tersedia pada langkah ini");
    }
    if (!PelaksanaTugas.adalah(identity, tasks, task.get())) {
      return Galat.of(HttpStatus.FORBIDDEN, "Hanya pelaksana langkah ini yang dapat mengunggah "
          + jenis.get().judul());
    }
    BufferedInputStream isi = new BufferedInputStream(masuk, INTIP * 2);
    isi.mark(INTIP);
    byte[] awal = isi.readNBytes(INTIP);
    isi.reset();
    if (awal.length == 0) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Berkas kosong");
    }
    if (bukanTeks(awal)) {
      return bukanCsv();
    }
    LaporanImpor laporan;
    try {
      laporan = jenis.get().impor(task.get(), new InputStreamReader(isi, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        return bukanCsv();
      }
      throw e;
    }
    if (laporan.diterima() + laporan.ditolak() == 0) {
      return Galat.of(HttpStatus.BAD_REQUEST, "Berkas tidak berisi baris data");
    }
    return ResponseEntity.ok(laporan);
  }

  /** A workbook or PDF renamed .csv: binary from its first bytes on. */
  private static boolean bukanTeks(byte[] awal) {
    String kepala = new String(awal, 0, Math.min(awal.length, 5), StandardCharsets.ISO_8859_1);
    if (kepala.startsWith("%PDF-") || kepala.startsWith("PK\u0003\u0004")) {
      return true;
    }
    for (byte b : awal) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<?> bukanCsv() {
    return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Berkas bukan CSV teks UTF-8: simpan lembar kerja sebagai \"CSV UTF-8\" terlebih dahulu; tidak ada yang disimpan");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<?> terlaluBesar() {
    return Galat.of(HttpStatus.PAYLOAD_TOO_LARGE,
        "Berkas terlalu besar untuk formulir multipart: kirim sebagai isi permintaan text/csv");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  public ResponseEntity<?> tanpaBerkas() {
    return Galat.of(HttpStatus.BAD_REQUEST, "Pilih berkas CSV yang akan diunggah (isian berkas)");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<?> jenisKirimanSalah() {
    return Galat.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kirim berkas CSV sebagai text/csv atau multipart/form-data");
  }
}
