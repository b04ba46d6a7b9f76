package id.alursop.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import id.alursop.TestHttp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Files attached to a step: accepted kinds stored with the instance, bad files refused with nothing stored. */
@AlurSopTest
class DokumenApiTest {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void acceptedFileStoredWithTheInstance_andShownToTheReviewer() throws Exception {
    Task task = tugasBaru();
    HttpResponse<String> r = unggah(task.getId(), "bapperida.bogor:demo", "Notulen Sosialisasi.pdf", "application/pdf", PDF);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.path("jenis").asText()).isEqualTo("application/pdf");
    assertThat(body.path("instans").asText()).isEqualTo(task.getProcessInstanceId());
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", "Matriks.xlsx", "application/octet-stream",
        zip("xl/workbook.xml")).statusCode()).isEqualTo(201);

    JsonNode daftar = new ObjectMapper().readTree(new TestHttp(port)
        .get("/api/dokumen/instans/" + task.getProcessInstanceId(), "demo:demo").body());
    assertThat(daftar.findValuesAsText("nama")).containsExactlyInAnyOrder("Notulen Sosialisasi.pdf", "Matriks.xlsx");

    String tinjauan = engine.getRuntimeService().createProcessInstanceByKey("tinjauan-berjenjang")
        .processDefinitionTenantId("bogor").setVariables(Map.of("dokumen", "Notulen", "tindakanTinjauan", "Mencermati",
            "kelompokPeninjau", "bogor-pemkot", "kelompokPenyusun", "bogor-bapperida",
            "instansSop", task.getProcessInstanceId())).execute().getId();
    Task tinjau = engine.getTaskService().createTaskQuery().processInstanceId(tinjauan).singleResult();
    assertThat((String) engine.getTaskService().getVariableLocal(tinjau.getId(), "daftarDokumen"))
        .contains("Notulen Sosialisasi.pdf").contains("Matriks.xlsx");
  }

  @Test
  void badFilesRefused_nothingStored() throws Exception {
    Task task = tugasBaru();
    String pi = task.getProcessInstanceId();
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", "program.exe", "application/octet-stream", PDF).statusCode())
        .isEqualTo(415);
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", "foto.pdf", "application/pdf", PNG).statusCode())
        .as("content does not match the name").isEqualTo(415);
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", "surat.docx", "application/octet-stream", zip("xl/workbook.xml"))
        .statusCode()).as("a workbook named .docx").isEqualTo(415);
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", "kosong.pdf", "application/pdf", new byte[0]).statusCode())
        .isEqualTo(400);
    byte[] besar = new byte[11 * 1024 * 1024];
    System.arraycopy(PDF, 0, besar, 0, PDF.length);
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", "besar.pdf", "application/pdf", besar).statusCode())
        .isEqualTo(413);
    assertThat(unggah(task.getId(), "verifikator.bogor:demo", "a.pdf", "application/pdf", PDF).statusCode())
        .as("not this user's task").isEqualTo(404);
    assertThat(unggah(task.getId(), null, "a.pdf", "application/pdf", PDF).statusCode()).isEqualTo(401);
    assertThat(engine.getTaskService().getProcessInstanceAttachments(pi)).isEmpty();
  }

  @Test
  void theTabsApi_listsTheCaseDocumentsToTheNextReviewer_andDownloadsThem() throws Exception {
    Task task = tugasBaru();
    String pi = task.getProcessInstanceId();
    String nama = "Notulen Rapat \u2013 RW 05.pdf";
    assertThat(unggah(task.getId(), "bapperida.bogor:demo", nama, "application/pdf", PDF).statusCode()).isEqualTo(201);

    // the reviewer's task is in the review chain's own instance; its case is the SOP instance
    Task tinjau = tugasTinjauan(pi);
    HttpResponse<String> r = new TestHttp(port).get("/api/dokumen/tugas/" + tinjau.getId(), "pemkot.bogor:demo");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode tab = JSON.readTree(r.body());
    assertThat(tab.path("instansKasus").asText()).isEqualTo(pi);
    assertThat(tab.path("bolehUnggah").asBoolean()).isTrue();
    assertThat(tab.path("impor").size()).as("no data upload on a review").isZero();
    assertThat(tab.path("dokumen").findValuesAsText("nama")).containsExactly(nama);
    JsonNode dokumen = tab.path("dokumen").get(0);
    assertThat(dokumen.path("langkah").asText()).isEqualTo("Identifikasi Lokasi Prioritas");
    assertThat(dokumen.path("unduh").asText())
        .isEqualTo("/api/dokumen/tugas/" + tinjau.getId() + "/berkas/" + dokumen.path("id").asText());

    HttpResponse<byte[]> unduh = unduh(dokumen.path("unduh").asText(), "pemkot.bogor:demo");
    assertThat(unduh.statusCode()).isEqualTo(200);
    assertThat(unduh.body()).isEqualTo(PDF);
    assertThat(unduh.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(unduh.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(unduh.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;").contains("filename*=UTF-8''Notulen%20Rapat%20%E2%80%93%20RW%2005.pdf");

    // what the reviewer attaches goes to the same case, seen from the SOP's own step as well
    HttpResponse<String> dariPeninjau = unggah(tinjau.getId(), "pemkot.bogor:demo", "Catatan.png", "image/png", PNG);
    assertThat(dariPeninjau.statusCode()).as(dariPeninjau.body()).isEqualTo(201);
    assertThat(JSON.readTree(dariPeninjau.body()).path("instans").asText()).isEqualTo(pi);
    JsonNode dariLangkah = JSON.readTree(new TestHttp(port).get("/api/dokumen/tugas/" + task.getId(),
        "bapperida.bogor:demo").body());
    assertThat(dariLangkah.path("dokumen").findValuesAsText("nama")).containsExactly(nama, "Catatan.png");
    assertThat(dariLangkah.path("dokumen").findValuesAsText("langkah")).containsExactly("Identifikasi Lokasi Prioritas",
        tinjau.getName());
    HttpResponse<byte[]> png = unduh("/api/dokumen/tugas/" + task.getId() + "/berkas/"
        + dariLangkah.path("dokumen").get(1).path("id").asText(), "bapperida.bogor:demo");
    assertThat(png.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Catatan.png\"");
    assertThat(png.body()).isEqualTo(PNG);
  }

  @Test
  void documentsAreShownOnlyToWhoeverMaySeeTheTask_neverA5xx() throws Exception {
    Task task = tugasBaru();
    String pi = task.getProcessInstanceId();
    HttpResponse<String> up = unggah(task.getId(), "bapperida.bogor:demo", "SK Tim.pdf", "application/pdf", PDF);
    String id = JSON.readTree(up.body()).path("id").asText();
    String tab = "/api/dokumen/tugas/" + task.getId();
    String berkas = tab + "/berkas/" + id;
    TestHttp http = new TestHttp(port);

    for (String lain : new String[] {"kabid.ketapang:demo", "verifikator.bogor:demo"}) {
      assertThat(http.get(tab, lain).statusCode()).as("%s lists", lain).isEqualTo(404);
      assertThat(unduh(berkas, lain).statusCode()).as("%s downloads", lain).isEqualTo(404);
      assertThat(http.get("/api/dokumen/instans/" + pi, lain).statusCode()).as("%s lists the instance", lain)
          .isEqualTo(404);
      assertThat(unduh("/api/dokumen/instans/" + pi + "/berkas/" + id, lain).statusCode()).isEqualTo(404);
    }
    assertThat(http.get(tab, null).statusCode()).isEqualTo(401);
    assertThat(unduh(berkas, null).statusCode()).isEqualTo(401);

    // the supervisor reads the task and the instance but attaches nothing
    JsonNode pengawas = JSON.readTree(http.get(tab, "pengawas.bogor:demo").body());
    assertThat(pengawas.path("bolehUnggah").asBoolean()).isFalse();
    assertThat(pengawas.path("dokumen").findValuesAsText("nama")).containsExactly("SK Tim.pdf");
    assertThat(unggah(task.getId(), "pengawas.bogor:demo", "a.pdf", "application/pdf", PDF).statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(http.get("/api/dokumen/instans/" + pi, "pengawas.bogor:demo").body())
        .findValuesAsText("nama")).containsExactly("SK Tim.pdf");
    assertThat(unduh("/api/dokumen/instans/" + pi + "/berkas/" + id, "pengawas.bogor:demo").body()).isEqualTo(PDF);

    // unknown or another case's attachment, unknown task: 404
    assertThat(unduh(tab + "/berkas/tidak-ada", "bapperida.bogor:demo").statusCode()).isEqualTo(404);
    Task lainKasus = tugasBaru();
    String lainId = JSON.readTree(unggah(lainKasus.getId(), "bapperida.bogor:demo", "Lain.pdf", "application/pdf", PDF)
        .body()).path("id").asText();
    HttpResponse<byte[]> silang = unduh(tab + "/berkas/" + lainId, "bapperida.bogor:demo");
    assertThat(silang.statusCode()).isEqualTo(404);
    assertThat(new String(silang.body(), StandardCharsets.UTF_8)).contains("tidak ditemukan");
    assertThat(http.get("/api/dokumen/tugas/tidak-ada", "bapperida.bogor:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/dokumen/instans/tidak-ada", "bapperida.bogor:demo").statusCode()).isEqualTo(404);
    assertThat(engine.getTaskService().getProcessInstanceAttachments(pi)).hasSize(1);
  }

  @Test
  void attachingThroughTheWebappSessionNeedsTheCsrfToken() throws Exception {
    Task task = tugasBaru();
    TestHttp.Sesi sesi = new TestHttp(port).masukWebapp("bapperida.bogor", "tasklist");
    String batas = "----alursop" + System.nanoTime();
    String body = "--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"Nota.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n" + new String(PDF, StandardCharsets.US_ASCII) + "\r\n--" + batas + "--\r\n";
    String jenis = "multipart/form-data; boundary=" + batas;
    assertThat(sesi.post("/api/dokumen/tugas/" + task.getId(), jenis, body, false).statusCode()).isEqualTo(403);
    assertThat(engine.getTaskService().getProcessInstanceAttachments(task.getProcessInstanceId())).isEmpty();
    HttpResponse<String> r = sesi.post("/api/dokumen/tugas/" + task.getId(), jenis, body, true);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(JSON.readTree(sesi.get("/api/dokumen/tugas/" + task.getId()).body()).path("dokumen")
        .findValuesAsText("nama")).containsExactly("Nota.pdf");
  }

  private Task tugasBaru() {
    String pi = ProgramUji.mulai(engine, "Pabaton").getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
  }

  private Task tugasTinjauan(String instansSop) {
    String tinjauan = engine.getRuntimeService().createProcessInstanceByKey("tinjauan-berjenjang")
        .processDefinitionTenantId("bogor").setVariables(Map.of("dokumen", "Notulen", "tindakanTinjauan", "Mencermati",
            "kelompokPeninjau", "bogor-pemkot", "kelompokPenyusun", "bogor-bapperida",
            "instansSop", instansSop)).execute().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(tinjauan).singleResult();
  }

  private HttpResponse<byte[]> unduh(String path, String login) throws Exception {
    TestHttp http = new TestHttp(port);
    return HttpClient.newHttpClient().send(http.request(path, login).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> unggah(String taskId, String login, String nama, String type, byte[] isi) throws Exception {
    String batas = "----alursop" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + nama + "\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(isi);
    body.write(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
    TestHttp http = new TestHttp(port);
    return http.send(http.request("/api/dokumen/tugas/" + taskId, login)
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  private static byte[] zip(String bagian) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(bagian));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
