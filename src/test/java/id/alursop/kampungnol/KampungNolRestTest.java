package id.alursop.kampungnol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST face: login required, form rules enforced with 400 and the task kept, success. */
@AlurSopTest
class KampungNolRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired KeluargaRepository keluarga;
  @Autowired ProgramRepository program;

  @Test
  void healthAnswersWithoutLogin() throws Exception {
    HttpResponse<String> r = send(get("/actuator/health", null));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("UP");
  }

  @Test
  void engineRestAndApiNeedALogin() throws Exception {
    assertThat(send(get("/engine-rest/task?maxResults=10", null)).statusCode()).isEqualTo(401);
    assertThat(send(get("/engine-rest/task?maxResults=10", "rt.bogor:salah")).statusCode()).isEqualTo(401);
    assertThat(send(get("/engine-rest/task?maxResults=10", "bapperida.bogor:demo")).statusCode()).isEqualTo(200);
    assertThat(send(post("/api/kampung-nol/x/keluarga", null, "text/csv", "")).statusCode()).isEqualTo(401);
  }

  @Test
  void startWithBrokenRules_400_noInstance() throws Exception {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> r = send(post("/engine-rest/process-definition/key/" + KampungNolSkenario.PROSES + "/tenant-id/bogor/start",
        "bapperida.bogor:demo", "application/json",
        "{\"variables\":{\"namaProgram\":{\"value\":\"" + "x".repeat(201) + "\"},"
            + "\"periodeSelesai\":{\"value\":\"31-12-2027\"}}}"));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("type").asText()).isEqualTo("FormValidationException");
    assertThat(body.path("errors").findValuesAsText("rule")).containsExactlyInAnyOrder("maxLength", "date", "required");
    assertThat(body.path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("namaProgram", "periodeSelesai", "periodeMulai");
    assertThat(body.path("message").asText()).contains("wajib diisi");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void startFormSubmitWithBrokenRules_400() throws Exception {
    HttpResponse<String> r = send(post("/engine-rest/process-definition/key/" + KampungNolSkenario.PROSES + "/tenant-id/bogor"
        + "/submit-form", "bapperida.bogor:demo", "application/json",
        "{\"variables\":{\"namaProgram\":{\"value\":\"Program Cibuluh RW 005\"},"
            + "\"periodeMulai\":{\"value\":\"1-12-2026\"}}}"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("errors").findValuesAsText("rule")).containsExactly("date");
  }

  @Test
  void startIsForBapperidaOnly() throws Exception {
    HttpResponse<String> r = send(post("/engine-rest/process-definition/key/" + KampungNolSkenario.PROSES + "/tenant-id/bogor/start",
        "verifikator.bogor:demo", "application/json", startBody()));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  static Stream<Arguments> brokenStage1() {
    return Stream.of(
        Arguments.of("required", "kelurahan",
            "{\"rw\":{\"value\":\"005\"},\"sumberData\":{\"value\":\"[\\\"dtks\\\"]\",\"type\":\"Json\"},"
                + "\"petaLokasiSasaran\":{\"value\":\"P\"},\"ringkasanAnalisis\":{\"value\":\"ok\"}}"),
        Arguments.of("pattern", "rw",
            "{\"kelurahan\":{\"value\":\"Cibuluh\"},\"rw\":{\"value\":\"12a\"},"
                + "\"sumberData\":{\"value\":\"[\\\"dtks\\\"]\",\"type\":\"Json\"},"
                + "\"petaLokasiSasaran\":{\"value\":\"P\"},\"ringkasanAnalisis\":{\"value\":\"ok\"}}"),
        Arguments.of("required", "petaLokasiSasaran",
            "{\"kelurahan\":{\"value\":\"Cibuluh\"},\"rw\":{\"value\":\"005\"},"
                + "\"sumberData\":{\"value\":\"[\\\"dtks\\\"]\",\"type\":\"Json\"},\"ringkasanAnalisis\":{\"value\":\"ok\"}}"),
        Arguments.of("values", "sumberData",
            "{\"kelurahan\":{\"value\":\"Cibuluh\"},\"rw\":{\"value\":\"005\"},\"sumberData\":{\"value\":\"[\\\"bps\\\"]\",\"type\":\"Json\"},\"petaLokasiSasaran\":{\"value\":\"P\"},"
                + "\"ringkasanAnalisis\":{\"value\":\"ok\"}}"),
        Arguments.of("type", "sumberData",
            "{\"kelurahan\":{\"value\":\"Cibuluh\"},\"rw\":{\"value\":\"005\"},\"sumberData\":{\"value\":\"dtks\"},\"petaLokasiSasaran\":{\"value\":\"P\"},"
                + "\"ringkasanAnalisis\":{\"value\":\"ok\"}}"));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("brokenStage1")
  void completeWithBrokenRule_400_taskKept_nothingWritten(String rule, String field, String variables) throws Exception {
    String instance = startViaRest();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    for (String action : new String[] {"complete", "submit-form"}) {
      HttpResponse<String> r = send(post("/engine-rest/task/" + task.getId() + "/" + action, "bapperida.bogor:demo",
          "application/json", "{\"variables\":" + variables + "}"));
      assertThat(r.statusCode()).as(action).isEqualTo(400);
      JsonNode error = JSON.readTree(r.body()).path("errors").get(0);
      assertThat(error.path("rule").asText()).isEqualTo(rule);
      assertThat(error.path("field").asText()).isEqualTo(field);
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task kept").isEqualTo(1);
      assertThat(engine.getRuntimeService().getVariable(instance, "ringkasanAnalisis")).as("nothing written").isNull();
    }
  }

  @Test
  void numberOutOfRangeAndNotANumber_400() throws Exception {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiRapatKoordinasi();
    s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi());
    s.selesaikanSemua("Task_KomitmenOpd", KampungNolSkenario.komitmen());
    Task kickOff = s.satuTugas("Task_KickOffKolaborasi");
    s.foto(kickOff);
    String base = "\"tanggalDeklarasi\":{\"value\":\"2026-12-10\"},\"tempatKegiatan\":{\"value\":\"Balai\"},"
        + "\"catatanLogbook\":{\"value\":\"Deklarasi\"},";
    for (String[] c : new String[][] {{"0", "min"}, {"100001", "max"}, {"\"banyak\"", "number"}}) {
      HttpResponse<String> r = send(post("/engine-rest/task/" + kickOff.getId() + "/complete", "pemkot.bogor:demo",
          "application/json", "{\"variables\":{" + base + "\"jumlahHadir\":{\"value\":" + c[0] + "}}}"));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).path("errors").findValuesAsText("rule")).containsExactly(c[1]);
    }
    HttpResponse<String> ok = send(post("/engine-rest/task/" + kickOff.getId() + "/complete", "pemkot.bogor:demo",
        "application/json", "{\"variables\":{" + base + "\"jumlahHadir\":{\"value\":80}}}"));
    assertThat(ok.statusCode()).isEqualTo(204);
  }

  @Test
  void validInput_completesTheStep() throws Exception {
    String instance = startViaRest();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    String csv = KampungNolSkenario.CSV.replace("\n", "\\n");
    String isian = "{\"variables\":{\"sumberData\":{\"value\":\"[\\\"dtks\\\",\\\"spasial\\\"]\",\"type\":\"Json\"},"
        + "\"kelurahan\":{\"value\":\"Cibuluh\"},\"rw\":{\"value\":\"005\"},"
        + "\"catatanLogbook\":{\"value\":\"Analisis data\"},"
        + "\"petaLokasiSasaran\":{\"value\":\"PETA-1\"},\"ringkasanAnalisis\":{\"value\":\"ok\"},"
        + "\"dataKkSasaran\":{\"value\":\"" + csv + "\"}}}";
    HttpResponse<String> tanpaFoto = send(post("/engine-rest/task/" + task.getId() + "/complete", "bapperida.bogor:demo",
        "application/json", isian));
    assertThat(tanpaFoto.statusCode()).as("every stage requires its visual documentation").isEqualTo(400);
    assertThat(JSON.readTree(tanpaFoto.body()).path("errors").findValuesAsText("field")).containsExactly("dokumentasi");
    id.alursop.FotoUji.lampirkan(engine, task);
    HttpResponse<String> r = send(post("/engine-rest/task/" + task.getId() + "/complete", "bapperida.bogor:demo",
        "application/json", isian));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).list())
        .extracting(Task::getTaskDefinitionKey).as("stage 2 waits for Dinas Sosial's data")
        .containsExactly("Task_PenyediaanDataKemiskinan");
  }

  @Test
  void csvUpload_keepsValidRows_reportsRefusedRows() throws Exception {
    String instance = startViaRest();
    String csv = KampungNolSkenario.CSV
        + KampungNolSkenario.KK_1 + ";3271010101019005;Ganda;Jl. A;1;5\n"
        + "3271010101010009;32710101;Pendek;Jl. B;1;5\n"
        + "3271010101010010;3271010101019010;\"Rahmat, S.Pd\";\"Jl. C; No. 3\";12;5\n";
    HttpResponse<String> r = send(post("/api/kampung-nol/" + instance + "/keluarga", "bapperida.bogor:demo",
        "text/csv", csv));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("diterima").asLong()).isEqualTo(3);
    assertThat(body.path("ditolak").asLong()).isEqualTo(2);
    assertThat(body.path("barisDitolak").findValuesAsText("baris")).containsExactly("4", "5");
    assertThat(body.path("barisDitolak").get(1).path("alasan").asText()).isEqualTo("NIK kepala keluarga harus 16 digit angka");
    assertThat(r.body()).doesNotContain("32710101;").doesNotContain("Ganda");
    Long programId = program.findByProcessInstanceId(instance).orElseThrow().getId();
    assertThat(keluarga.countByProgramId(programId)).isEqualTo(3);
    assertThat(keluarga.findByProgramIdAndNomorKk(programId, "3271010101010010").orElseThrow().getAlamat())
        .isEqualTo("Jl. C; No. 3");

    assertThat(send(post("/api/kampung-nol/" + instance + "/keluarga", "verifikator.bogor:demo", "text/csv", csv))
        .statusCode()).isEqualTo(403);
    assertThat(send(post("/api/kampung-nol/tidak-ada/keluarga", "bapperida.bogor:demo", "text/csv", csv))
        .statusCode()).isEqualTo(404);
  }

  @Test
  void csvUpload_100kRows_streamed() throws Exception {
    String instance = startViaRest();
    int rows = 100_000;
    java.util.function.Supplier<java.io.InputStream> csv = () -> new java.io.SequenceInputStream(
        java.util.Collections.enumeration(java.util.stream.IntStream.range(0, rows).mapToObj(i -> (java.io.InputStream)
            new java.io.ByteArrayInputStream(String.format("%016d;%016d;Warga %d;Jl. Kenari %d;1;5%n",
                3201000000000000L + i, 3201990000000000L + i, i, i).getBytes(StandardCharsets.UTF_8))).toList()));
    HttpRequest request = http().request("/api/kampung-nol/" + instance + "/keluarga", "bapperida.bogor:demo")
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(csv)).build();
    HttpResponse<String> r = send(request);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).path("diterima").asLong()).isEqualTo(rows);
    assertThat(keluarga.countByProgramId(program.findByProcessInstanceId(instance).orElseThrow().getId())).isEqualTo(rows);
  }

  @Test
  void tasklistOwnApi_refusesBrokenRules() throws Exception {
    String instance = startViaRest();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=bapperida.bogor&password="
            + URLEncoder.encode("demo", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the session changed at login: its CSRF token comes with the next request, as in the browser
    browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/count")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> r = browser.send(HttpRequest.newBuilder(
            uri("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"sumberData\":{\"value\":\"[\\\"dtks\\\"]\","
            + "\"type\":\"Json\"},\"petaLokasiSasaran\":{\"value\":null},\"ringkasanAnalisis\":{\"value\":\"ok\"}}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("peta lokasi sasaran").contains("wajib diisi");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private String startViaRest() throws Exception {
    HttpResponse<String> r = send(post("/engine-rest/process-definition/key/" + KampungNolSkenario.PROSES + "/tenant-id/bogor/start",
        "bapperida.bogor:demo", "application/json", startBody()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("id").asText();
  }

  private static String startBody() {
    return "{\"variables\":{\"namaProgram\":{\"value\":\"Program Cibuluh RW 005\"},"
        + "\"periodeMulai\":{\"value\":\"2026-12-01\"}}}";
  }

  private URI uri(String path) {
    return http().uri(path);
  }

  private HttpRequest get(String path, String login) {
    return http().request(path, login).GET().build();
  }

  private HttpRequest post(String path, String login, String contentType, String body) {
    return http().request(path, login).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http().send(request);
  }

  private TestHttp http() {
    return new TestHttp(port);
  }

}
