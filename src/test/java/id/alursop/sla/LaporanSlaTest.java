package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report's numbers for a scripted set of instances in February 2025 (a month no other test
 * uses): three Identifikasi steps taking 2, 7.5 and 56.5 working hours, the last one late and
 * escalated to the supervisor; one Pembentukan Tim step taking 1 working hour.
 */
@AlurSopTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaporanSlaTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @BeforeAll
  void script() {
    pada("2025-02-03T08:00");
    String a = mulai("3271010101010001");
    String b = mulai("3271010101010002");
    String c = mulai("3271010101010003");
    pada("2025-02-03T10:00");
    selesaikanIdentifikasi(a, "3271010101010001");
    Task data = engine.getTaskService().createTaskQuery().processInstanceId(a)
        .taskDefinitionKey("Task_PenyediaanDataKemiskinan").singleResult();
    id.alursop.FotoUji.lampirkan(engine, data);
    engine.getTaskService().complete(data.getId(), Map.of("catatanLogbook", "Langkah selesai", "sumberDataDinsos", List.of("dtks"), "periodeData", "DTKS 2025",
        "jumlahKkData", 1L));
    pada("2025-02-03T11:00");
    Task tim = engine.getTaskService().createTaskQuery().processInstanceId(a).taskDefinitionKey("Task_PembentukanTim")
        .singleResult();
    id.alursop.FotoUji.lampirkan(engine, tim);
    engine.getTaskService().complete(tim.getId(), Map.of("catatanLogbook", "Langkah selesai", "nomorSkTim", "SK/1", "tanggalSkTim", "2025-02-03",
        "unsurTim", List.of("bapperida")));
    pada("2025-02-04T08:00");
    selesaikanIdentifikasi(c, "3271010101010003");
    pada("2025-02-12T12:00");
    Task late = engine.getTaskService().createTaskQuery().processInstanceId(b).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    JobEskalasi.jalankanJatuhTempo(engine, b, ClockUtil.getCurrentTime());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(late.getId()).count()).isEqualTo(1);
    selesaikanIdentifikasi(b, "3271010101010002");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void perStepFigures_forTheSupervisor() throws Exception {
    HttpResponse<String> r = get("/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem&from=2025-02-01&to=2025-02-28",
        "pengawas.bogor:demo");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode langkah = JSON.readTree(r.body()).path("langkah");
    assertThat(langkah).hasSize(3);
    JsonNode identifikasi = langkah.get(0);
    assertThat(identifikasi.path("langkah").asText()).isEqualTo("1");
    assertThat(identifikasi.path("standar").asText()).isEqualTo("P1W");
    assertThat(identifikasi.path("selesai").asLong()).isEqualTo(3);
    assertThat(identifikasi.path("tepatWaktu").asLong()).isEqualTo(2);
    assertThat(identifikasi.path("terlambat").asLong()).isEqualTo(1);
    assertThat(identifikasi.path("medianJamKerja").asDouble()).isEqualTo(7.5);
    assertThat(identifikasi.path("p90JamKerja").asDouble()).isEqualTo(56.5);
    assertThat(identifikasi.path("eskalasi").asLong()).isEqualTo(1);
    JsonNode data = langkah.get(1);
    assertThat(data.path("langkah").asText()).isEqualTo("1");
    assertThat(data.path("namaLangkah").asText()).isEqualTo("Penyediaan Data DTKS dan P3KE");
    assertThat(data.path("selesai").asLong()).as("a's, 08:00 to 10:00").isEqualTo(1);
    assertThat(data.path("terlambat").asLong()).isZero();
    assertThat(data.path("medianJamKerja").asDouble()).isEqualTo(2.0);
    assertThat(data.path("eskalasi").asLong()).as("b's data, late beside b's analysis").isEqualTo(1);
    JsonNode tim = langkah.get(2);
    assertThat(tim.path("langkah").asText()).isEqualTo("2");
    assertThat(tim.path("selesai").asLong()).isEqualTo(1);
    assertThat(tim.path("terlambat").asLong()).isZero();
    assertThat(tim.path("medianJamKerja").asDouble()).isEqualTo(1.0);
  }

  @Test
  void csv_andPeriodFilter_andAgencyIsolation() throws Exception {
    HttpResponse<String> csv = get("/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem&from=2025-02-01"
        + "&to=2025-02-28&format=csv", "pengawas.bogor:demo");
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body().lines().toList()).containsExactly(
        "langkah;nama_langkah;standar;selesai;tepat_waktu;terlambat;median_jam_kerja;p90_jam_kerja;eskalasi",
        "1;Identifikasi Lokasi Prioritas;P1W;3;2;1;7.5;56.5;1",
        "1;Penyediaan Data DTKS dan P3KE;P1W;1;1;0;2.0;2.0;1",
        "2;Pembentukan Tim & Koordinasi RT/RW;P2D;1;1;0;1.0;1.0;0");
    JsonNode sebelum = JSON.readTree(get("/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem&from=2025-02-04"
        + "&to=2025-02-11", "pengawas.bogor:demo").body());
    assertThat(sebelum.path("langkah").get(0).path("selesai").asLong()).isEqualTo(1);
    JsonNode tanpaHak = JSON.readTree(get("/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem&from=2025-02-01"
        + "&to=2025-02-28", "verifikator.bogor:demo").body());
    assertThat(tanpaHak.path("langkah")).as("no history rights, no rows").isEmpty();
    assertThat(get("/api/sla/report?processKey=tidak-ada&from=2025-02-01&to=2025-02-28", "demo:demo").statusCode())
        .isEqualTo(404);
    assertThat(get("/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem&from=2025-02-28&to=2025-02-01",
        "demo:demo").statusCode()).isEqualTo(400);
  }

  private String mulai(String kk) {
    return engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
        id.alursop.ProgramUji.variabel("Laporan", "009", "2025-02-03")).getId();
  }

  private void selesaikanIdentifikasi(String instance, String kk) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    id.alursop.FotoUji.lampirkan(engine, task);
    engine.getTaskService().complete(task.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Cibuluh", "rw", "005", "sumberData", List.of("dtks"), "petaLokasiSasaran", "P",
        "ringkasanAnalisis", "ok", "dataKkSasaran", kk + ";" + kk.substring(0, 12) + "9001;Budi;Jl. Mawar;1;9"));
  }

  private static void pada(String wib) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(wib).atZone(WIB).toInstant()));
  }

  private HttpResponse<String> get(String path, String login) throws Exception {
    return new TestHttp(port).get(path, login);
  }
}
