package id.alursop.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The holiday API, and a regional holiday taking effect on new due dates without a redeploy. */
@AlurSopTest
class HariLiburApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void listsNationalHolidaysAndCutiBersamaOfAYear() throws Exception {
    HttpResponse<String> r = get("/api/calendar/holidays?year=2026", "bapperida.bogor:demo");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("dataNasionalTersedia").asBoolean()).isTrue();
    assertThat(body.path("libur").findValuesAsText("tanggal")).contains("2026-03-21", "2026-03-23", "2026-08-17");
    assertThat(body.path("libur").findValuesAsText("jenis")).contains("LIBUR_NASIONAL", "CUTI_BERSAMA");
    assertThat(body.path("libur").get(0).path("dasar").asText()).contains("SKB");
    assertThat(get("/api/calendar/holidays?year=2026", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/calendar/holidays?year=1900", "bapperida.bogor:demo").statusCode()).isEqualTo(400);
  }

  @Test
  void adminAddsRegionalHoliday_effectiveForNewDueDates() throws Exception {
    String hariJadi = "{\"tanggal\":\"2026-06-03\",\"nama\":\"Hari Jadi Kota Bogor\",\"instansi\":\"bogor\","
        + "\"dasar\":\"Keputusan Wali Kota Bogor\"}";
    assertThat(post("/api/calendar/holidays", "bapperida.bogor:demo", hariJadi).statusCode()).isEqualTo(403);
    assertThat(post("/api/calendar/holidays", "demo:demo", "{\"tanggal\":\"2026-06-03\"}").statusCode()).isEqualTo(400);
    assertThat(post("/api/calendar/holidays", "demo:demo", hariJadi.replace("bogor\",", "atlantis\",")).statusCode())
        .isEqualTo(400);

    HttpResponse<String> created = post("/api/calendar/holidays", "demo:demo", hariJadi);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(post("/api/calendar/holidays", "demo:demo", hariJadi).statusCode()).isEqualTo(409);
    JsonNode list = JSON.readTree(get("/api/calendar/holidays?year=2026&instansi=bogor", "demo:demo").body());
    assertThat(list.path("libur").findValuesAsText("nama")).contains("Hari Jadi Kota Bogor");
    JsonNode ketapang = JSON.readTree(get("/api/calendar/holidays?year=2026&instansi=ketapang", "demo:demo").body());
    assertThat(ketapang.path("libur").findValuesAsText("nama")).doesNotContain("Hari Jadi Kota Bogor");

    // Tuesday 2 June 2026 08:00: one working day later would be Wednesday 3 June, a Bogor holiday
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-06-02T08:00").atZone(WIB).toInstant()));
    String instance = ProgramUji.mulai(engine, "Paledang", "005", "2026-06-02").getId();
    Task identifikasi = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    id.alursop.FotoUji.lampirkan(engine, identifikasi);
    engine.getTaskService().complete(identifikasi.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Cibuluh", "rw", "005", "sumberData", java.util.List.of("dtks"),
        "petaLokasiSasaran", "P", "ringkasanAnalisis", "ok",
        "dataKkSasaran", "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
    Task dinsos = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_PenyediaanDataKemiskinan").singleResult();
    id.alursop.FotoUji.lampirkan(engine, dinsos);
    engine.getTaskService().complete(dinsos.getId(), Map.of("catatanLogbook", "Langkah selesai", "sumberDataDinsos", java.util.List.of("dtks"),
        "periodeData", "DTKS Juni 2026", "jumlahKkData", 1L));
    Task pembentukanTim = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_PembentukanTim").singleResult();
    assertThat(pembentukanTim.getDueDate()).as("P2D skips the regional holiday")
        .isEqualTo(Date.from(LocalDateTime.parse("2026-06-05T08:00").atZone(WIB).toInstant()));
  }

  private HttpResponse<String> get(String path, String login) throws Exception {
    return new TestHttp(port).get(path, login);
  }

  private HttpResponse<String> post(String path, String login, String json) throws Exception {
    return new TestHttp(port).post(path, login, "application/json", json);
  }
}
