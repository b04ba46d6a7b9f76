package id.alursop.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import id.alursop.TestHttp;
import java.io.ByteArrayOutputStream;
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

  private Task tugasBaru() {
    String pi = ProgramUji.mulai(engine, "Pabaton").getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
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
