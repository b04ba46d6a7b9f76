package id.alursop.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.FotoUji;
import id.alursop.TestHttp;
import id.alursop.logbook.CatatanLogbook;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step whose model requires visual documentation ({@code alur.dokumentasi = wajib}) and whose
 * form has the logbook note ({@code catatanLogbook}), on the real engine with the test model
 * {@code dokumentasi/uji-dokumentasi.bpmn}: refused without a photo or scan attached from the
 * step (Java API and engine REST, nothing stored), completed with one, the note in the logbook
 * and read back; the tab *Dokumen* says what the step requires and whether it has it.
 */
@AlurSopTest
class DokumentasiVisualTest {

  private static final String KUNCI = "uji-dokumentasi";
  private static final String BAPPERIDA = "bapperida.bogor:demo";
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private static String penerapan;

  @BeforeAll
  static void terapkan(@Autowired ProcessEngine engine) {
    penerapan = engine.getRepositoryService().createDeployment().name(KUNCI).tenantId("bogor")
        .addClasspathResource("dokumentasi/uji-dokumentasi.bpmn")
        .addClasspathResource("dokumentasi/uji-dokumentasi-kegiatan.form")
        .addClasspathResource("dokumentasi/uji-dokumentasi-laporan.form")
        .deploy().getId();
  }

  @AfterAll
  static void hapus(@Autowired ProcessEngine engine) {
    engine.getRepositoryService().deleteDeployment(penerapan, true);
  }

  @AfterEach
  void keluar() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void withoutAPhotoOrScanAttachedFromTheStep_refused_nothingStored() {
    Task task = mulai();
    String pi = task.getProcessInstanceId();
    TaskService tasks = engine.getTaskService();

    assertThatThrownBy(() -> selesaikanOlehBapperida(task, isian("Sosialisasi RW 05", "Dihadiri 30 warga")))
        .isInstanceOfSatisfying(FormValidationException.class, e -> {
          assertThat(e.getPelanggaran()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("dokumentasi");
            assertThat(p.label()).isEqualTo("Dokumentasi visual");
            assertThat(p.rule()).isEqualTo(Pelanggaran.REQUIRED);
            assertThat(p.message()).isEqualTo("Dokumentasi visual wajib: lampirkan foto (JPG, PNG) atau pindaian (PDF)"
                + " di tab Dokumen sebelum menyelesaikan langkah ini");
          });
          assertThat(e.getMessage()).isEqualTo("Isian formulir tidak valid: Dokumentasi visual wajib: lampirkan foto"
              + " (JPG, PNG) atau pindaian (PDF) di tab Dokumen sebelum menyelesaikan langkah ini");
        });

    // what is no photo or scan of this step does not count
    tasks.createAttachment("text/plain", task.getId(), pi, "catatan.txt", null,
        new ByteArrayInputStream("catatan kegiatan".getBytes(StandardCharsets.UTF_8)));
    tasks.createAttachment("image/png", task.getId(), pi, "bukan-foto.png", "teks bernama foto",
        new ByteArrayInputStream("bukan gambar".getBytes(StandardCharsets.UTF_8)));
    tasks.createAttachment(JenisBerkas.DOCX.mime(), task.getId(), pi, "laporan.docx", null,
        new ByteArrayInputStream(PDF));
    tasks.createAttachment("image/png", task.getId(), pi, "tautan.png", "hanya tautan", "https://contoh.id/foto.png");
    tasks.createAttachment("image/png", null, pi, "foto-kasus.png", "foto kasus, bukan dari langkah ini",
        new ByteArrayInputStream(FotoUji.PNG));
    assertThat(tasks.getTaskAttachments(task.getId())).hasSize(4);

    assertThatThrownBy(() -> selesaikanOlehBapperida(task, isian("Sosialisasi RW 05", "Dihadiri 30 warga")))
        .isInstanceOfSatisfying(FormValidationException.class,
            e -> assertThat(e.getPelanggaran()).extracting(Pelanggaran::field).containsExactly("dokumentasi"));

    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult()).as("the step stays open").isNotNull();
    assertThat(engine.getRuntimeService().getVariables(pi)).as("nothing the form submitted is stored")
        .doesNotContainKeys("uraian", CatatanLogbook.VARIABEL);
    assertThat(entriLogbook(task.getId())).isZero();
  }

  @Test
  void aPhotoAttachedInTheTab_completes_theLogbookKeepsTheNote_andReadsItBack() throws Exception {
    Task task = mulai();
    String pi = task.getProcessInstanceId();
    HttpResponse<String> foto = unggah(task.getId(), "Foto sosialisasi.png", FotoUji.PNG);
    assertThat(foto.statusCode()).as(foto.body()).isEqualTo(201);
    assertThat(engine.getTaskService().getTaskAttachments(task.getId())).as("the attachment keeps its task")
        .singleElement().satisfies(a -> {
          assertThat(a.getTaskId()).isEqualTo(task.getId());
          assertThat(a.getProcessInstanceId()).isEqualTo(pi);
        });

    selesaikanOlehBapperida(task, isian("Sosialisasi RW 05", "  Sosialisasi di balai RW 05, dihadiri 30 warga  "));

    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNull();
    assertThat(catatan(task.getId())).isEqualTo("Sosialisasi di balai RW 05, dihadiri 30 warga");
    assertThat(engine.getRuntimeService().getVariables(pi)).as("the note is the step's, not the case's")
        .containsEntry("uraian", "Sosialisasi RW 05").doesNotContainKey(CatatanLogbook.VARIABEL);

    // the next step's form has the note too, optional: none given, none written (not the last step's)
    Task laporan = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(laporan.getTaskDefinitionKey()).isEqualTo("Task_Laporan");
    selesaikanOlehBapperida(laporan, Map.of());
    assertThat(entriLogbook(laporan.getId())).isEqualTo(1);
    assertThat(catatan(laporan.getId())).isNull();

    TestHttp http = new TestHttp(port);
    JsonNode logbook = JSON.readTree(http.get("/api/logbook/instans/" + pi, "demo:demo").body());
    assertThat(logbook.path("entri")).hasSize(2);
    assertThat(logbook.path("entri").get(0).path("namaLangkah").asText()).isEqualTo("Pelaksanaan Kegiatan");
    assertThat(logbook.path("entri").get(0).path("catatan").asText())
        .isEqualTo("Sosialisasi di balai RW 05, dihadiri 30 warga");
    assertThat(logbook.path("entri").get(1).path("catatan").isNull()).isTrue();
    List<String> csv = http.get("/api/logbook/instans/" + pi + "?format=csv", "demo:demo").body().lines().toList();
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0)).isEqualTo("langkah;nama_langkah;dikerjakan_oleh;selesai_pada;output;catatan");
    assertThat(csv.get(1)).startsWith("1;Pelaksanaan Kegiatan;bapperida.bogor;")
        .endsWith(";Foto kegiatan;Sosialisasi di balai RW 05, dihadiri 30 warga");
    assertThat(csv.get(2)).startsWith("2;Laporan Kegiatan;bapperida.bogor;").endsWith(";;");
  }

  @Test
  void theNoteIsRequiredWhereTheFormSaysSo_andKeptToItsColumnsLength() {
    Task task = mulai();
    FotoUji.lampirkan(engine, task);
    Map<String, Object> tanpaCatatan = new HashMap<>(isian("Sosialisasi RW 05", "   "));
    assertThatThrownBy(() -> selesaikanOlehBapperida(task, tanpaCatatan))
        .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.getPelanggaran())
            .extracting(Pelanggaran::field, Pelanggaran::rule)
            .containsExactly(tuple(CatatanLogbook.VARIABEL, Pelanggaran.REQUIRED)));
    tanpaCatatan.remove(CatatanLogbook.VARIABEL);
    assertThatThrownBy(() -> selesaikanOlehBapperida(task, tanpaCatatan)).isInstanceOf(FormValidationException.class);

    selesaikanOlehBapperida(task, isian("Sosialisasi RW 05", "Foto terlampir"));
    Task laporan = engine.getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    // the convention's maxLength 4000 (the engine keeps a text variable in 4000 characters): a clear refusal
    assertThatThrownBy(() -> selesaikanOlehBapperida(laporan, Map.of(CatatanLogbook.VARIABEL, "a".repeat(4001))))
        .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.getPelanggaran())
            .extracting(Pelanggaran::field, Pelanggaran::message)
            .containsExactly(tuple(CatatanLogbook.VARIABEL, "Catatan logbook kegiatan maksimal 4000 karakter")));
    selesaikanOlehBapperida(laporan, Map.of(CatatanLogbook.VARIABEL, "b".repeat(4000)));
    assertThat(catatan(laporan.getId())).hasSize(4000);
  }

  @Test
  void overEngineRest_400WithTheIndonesianMessage_nothingStored_thenCompletedWithAScan() throws Exception {
    Task task = mulai();
    String pi = task.getProcessInstanceId();
    TestHttp http = new TestHttp(port);
    String isian = "{\"variables\":{\"uraian\":{\"value\":\"Sosialisasi RW 05\"},"
        + "\"catatanLogbook\":{\"value\":\"Dihadiri 30 warga\"}}}";

    for (String jalan : List.of("/complete", "/submit-form")) {
      HttpResponse<String> r = http.post("/engine-rest/task/" + task.getId() + jalan, BAPPERIDA, "application/json", isian);
      assertThat(r.statusCode()).as(jalan + ": " + r.body()).isEqualTo(400);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.path("message").asText()).as(jalan)
          .contains("Dokumentasi visual wajib: lampirkan foto (JPG, PNG) atau pindaian (PDF) di tab Dokumen");
      assertThat(body.path("errors")).hasSize(1);
      assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("dokumentasi");
      assertThat(body.path("errors").get(0).path("label").asText()).isEqualTo("Dokumentasi visual");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    assertThat(engine.getRuntimeService().getVariables(pi)).doesNotContainKeys("uraian", CatatanLogbook.VARIABEL);
    assertThat(entriLogbook(task.getId())).isZero();

    assertThat(unggah(task.getId(), "Pindaian daftar hadir.pdf", PDF).statusCode()).isEqualTo(201);
    HttpResponse<String> selesai = http.post("/engine-rest/task/" + task.getId() + "/complete", BAPPERIDA,
        "application/json", isian);
    assertThat(selesai.statusCode()).as(selesai.body()).isEqualTo(204);
    assertThat(catatan(task.getId())).isEqualTo("Dihadiri 30 warga");
  }

  @Test
  void theDokumenTab_saysTheStepRequiresDocumentation_andWhetherItHasItYet() throws Exception {
    Task task = mulai();
    TestHttp http = new TestHttp(port);
    JsonNode tab = JSON.readTree(http.get("/api/dokumen/tugas/" + task.getId(), BAPPERIDA).body());
    assertThat(tab.path("dokumentasiWajib").asBoolean()).isTrue();
    assertThat(tab.path("dokumentasiAda").isBoolean()).isTrue();
    assertThat(tab.path("dokumentasiAda").asBoolean()).isFalse();

    assertThat(unggah(task.getId(), "Laporan.docx", docx()).statusCode()).isEqualTo(201);
    tab = JSON.readTree(http.get("/api/dokumen/tugas/" + task.getId(), BAPPERIDA).body());
    assertThat(tab.path("dokumen")).hasSize(1);
    assertThat(tab.path("dokumentasiAda").asBoolean()).as("a document is no photo or scan").isFalse();

    assertThat(unggah(task.getId(), "Foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})
        .statusCode()).isEqualTo(201);
    tab = JSON.readTree(http.get("/api/dokumen/tugas/" + task.getId(), BAPPERIDA).body());
    assertThat(tab.path("dokumentasiWajib").asBoolean()).isTrue();
    assertThat(tab.path("dokumentasiAda").asBoolean()).isTrue();

    selesaikanOlehBapperida(task, isian("Sosialisasi RW 05", "Foto terlampir"));
    Task laporan = engine.getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    tab = JSON.readTree(http.get("/api/dokumen/tugas/" + laporan.getId(), BAPPERIDA).body());
    assertThat(tab.path("dokumentasiWajib").asBoolean()).as("a step that does not require it").isFalse();
    assertThat(tab.path("dokumentasiAda").asBoolean()).as("nothing attached from this step").isFalse();
    assertThat(tab.path("dokumen")).as("the case's documents from the step before").hasSize(2);
  }

  private Task mulai() {
    String pi = engine.getRuntimeService().createProcessInstanceByKey(KUNCI).processDefinitionTenantId("bogor")
        .execute().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
  }

  private static Map<String, Object> isian(String uraian, String catatan) {
    return Map.of("uraian", uraian, CatatanLogbook.VARIABEL, catatan);
  }

  /** Completes as BAPPERIDA's clerk, logged in with the group and agency Tasklist gives her. */
  private void selesaikanOlehBapperida(Task task, Map<String, Object> nilai) {
    engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    try {
      engine.getTaskService().complete(task.getId(), nilai);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private int entriLogbook(String taskId) {
    return jdbc.queryForObject("select count(*) from logbook_entry where task_id = ?", Integer.class, taskId);
  }

  private String catatan(String taskId) {
    return jdbc.queryForObject("select catatan from logbook_entry where task_id = ?", String.class, taskId);
  }

  private HttpResponse<String> unggah(String taskId, String nama, byte[] isi) throws Exception {
    String batas = "----alursop" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + nama + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(isi);
    body.write(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
    TestHttp http = new TestHttp(port);
    return http.send(http.request("/api/dokumen/tugas/" + taskId, BAPPERIDA)
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  private static byte[] docx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
