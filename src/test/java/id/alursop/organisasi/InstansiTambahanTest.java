package id.alursop.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example agency of {@code contoh/instansi} (Kabupaten Contoh), added without a rebuild through
 * {@code alur.organisasi.tambahan} (the test configuration names the folder): it starts with its
 * model, form, groups, calendar and holiday; its clerk runs its SOP; nobody else sees it.
 */
@AlurSopTest
class InstansiTambahanTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MULAI = "/engine-rest/process-definition/key/contoh-layanan-surat/tenant-id/contoh/start";

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired DaftarInstansi daftar;

  @AfterEach
  void jamKembali() {
    ClockUtil.reset();
  }

  @Test
  void theExampleAgencysClerkRunsItsSop_inItsOwnWorkingTime() throws Exception {
    TestHttp http = new TestHttp(port);
    assertThat(daftar.cari("contoh")).map(Instansi::nama).contains("Pemerintah Kabupaten Contoh");
    // Monday 7 December 2026, 08:00 WITA (Asia/Makassar, the agency's zone)
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-07T00:00:00Z")));

    HttpResponse<String> mulai = http.post(MULAI, "staf.contoh:demo", "application/json",
        "{\"businessKey\":\"SK-UJI-1\",\"variables\":{\"perihal\":{\"value\":\"Surat keterangan domisili\"}}}");
    assertThat(mulai.statusCode()).as(mulai.body()).isEqualTo(200);
    String instans = JSON.readTree(mulai.body()).path("id").asText();

    Task tugas = tasks.createTaskQuery().processInstanceId(instans).singleResult();
    assertThat(tugas.getName()).isEqualTo("Menerbitkan Surat Keterangan");
    assertThat(tugas.getTenantId()).isEqualTo("contoh");
    assertThat(tasks.getIdentityLinksForTask(tugas.getId())).extracting(l -> l.getGroupId())
        .containsExactly("contoh-staf-pelayanan");
    // P1D: 7.5 working hours from Monday 08:00 WITA: 7 on Monday, half an hour on Tuesday
    assertThat(tugas.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));

    String selesai = "/engine-rest/task/" + tugas.getId() + "/complete";
    String isian = "{\"variables\":{\"nomorSurat\":{\"value\":\"470/001/UMUM/2026\"}}}";
    assertThat(http.post("/engine-rest/task/" + tugas.getId() + "/claim", "staf.contoh:demo", "application/json",
        "{\"userId\":\"staf.contoh\"}").statusCode()).isEqualTo(204);
    assertThat(http.post(selesai, "staf.contoh:demo", "application/json", "{\"variables\":{}}").statusCode())
        .as("the form's rule: the number is required").isEqualTo(400);
    assertThat(http.post(selesai, "staf.contoh:demo", "application/json", isian).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(instans).count()).isZero();
  }

  @Test
  void nobodyElseSeesOrStartsIt() throws Exception {
    TestHttp http = new TestHttp(port);
    String badan = "{\"variables\":{\"perihal\":{\"value\":\"Surat keterangan usaha\"}}}";
    assertThat(http.post(MULAI, "bapperida.bogor:demo", "application/json", badan).statusCode())
        .as("another agency's clerk").isIn(403, 404);
    assertThat(http.post(MULAI, "kabag.contoh:demo", "application/json", badan).statusCode())
        .as("the agency's own head is no starter in the model").isEqualTo(403);
    String definisi = "/engine-rest/process-definition?key=contoh-layanan-surat&maxResults=10";
    JsonNode definisiBogor = JSON.readTree(http.get(definisi, "bapperida.bogor:demo").body());
    assertThat(definisiBogor).isEmpty();
    JsonNode definisiContoh = JSON.readTree(http.get(definisi, "staf.contoh:demo").body());
    assertThat(definisiContoh).hasSize(1);
    assertThat(definisiContoh.get(0).path("tenantId").asText()).isEqualTo("contoh");
  }

  @Test
  void theRegionalHolidayOfItsFileIsRecorded() throws Exception {
    JsonNode libur = JSON.readTree(new TestHttp(port).get("/api/calendar/holidays?year=2027&instansi=contoh",
        "staf.contoh:demo").body()).path("libur");
    assertThat(libur.findValuesAsText("nama")).contains("Hari Jadi Kabupaten Contoh");
  }
}
