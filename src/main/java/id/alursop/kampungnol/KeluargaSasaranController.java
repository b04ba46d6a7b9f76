package id.alursop.kampungnol;

import id.alursop.identity.PelaksanaTugas;
import id.alursop.identity.SebagaiAplikasi;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import id.alursop.rest.Galat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of the target households (KK sasaran) of a programme run as CSV, while the run waits at
 * stage 1 (Identifikasi Lokasi Prioritas), for scripts. Only that step's performer (its assignee or
 * a member of its candidate group, BAPPERIDA in the model) or an administrator may upload. The
 * step's clerk uploads the same file in the step's Tasklist tab *Dokumen* ({@link ImporKeluargaTugas}).
 */
@RestController
@RequestMapping("/api/kampung-nol/{processInstanceId}/keluarga")
public class KeluargaSasaranController {

  static final String TAHAP_IDENTIFIKASI = "Task_IdentifikasiLokasiPrioritas";

  private final ImporKeluarga impor;
  private final ProgramRepository program;
  private final TaskService tasks;
  private final IdentityService identity;

  public KeluargaSasaranController(ImporKeluarga impor, ProgramRepository program, TaskService tasks,
      IdentityService identity) {
    this.impor = impor;
    this.program = program;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The CSV as the request body ({@code text/csv} or {@code text/plain}). */
  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  public ResponseEntity<?> unggahIsi(@PathVariable String processInstanceId,
      jakarta.servlet.http.HttpServletRequest request) throws IOException {
    return unggah(processInstanceId, new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
  }

  /** The CSV as a file field {@code berkas} of a multipart form. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> unggahBerkas(@PathVariable String processInstanceId,
      @RequestPart("berkas") MultipartFile berkas) throws IOException {
    return unggah(processInstanceId, new InputStreamReader(berkas.getInputStream(), StandardCharsets.UTF_8));
  }

  private ResponseEntity<?> unggah(String processInstanceId, Reader csv) {
    Program run = program.findByProcessInstanceId(processInstanceId).orElse(null);
    if (run == null) {
      return Galat.of(HttpStatus.NOT_FOUND, "Program Kampung Nol dengan instans " + processInstanceId + " tidak ditemukan");
    }
    Task tahap = SebagaiAplikasi.jalankan(identity, () -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(TAHAP_IDENTIFIKASI).singleResult());
    if (tahap == null) {
      return Galat.of(HttpStatus.CONFLICT,
          "KK sasaran hanya dapat diunggah pada tahap Identifikasi Lokasi Prioritas");
    }
    // the step's performer, as the model names it: its assignee or a member of its candidate groups
    if (!PelaksanaTugas.adalah(identity, tasks, tahap)) {
      return Galat.of(HttpStatus.FORBIDDEN,
          "Hanya pelaksana tahap Identifikasi Lokasi Prioritas (BAPPERIDA) yang dapat mengunggah KK sasaran");
    }
    return ResponseEntity.ok(impor.impor(run.getId(), csv));
  }
}
