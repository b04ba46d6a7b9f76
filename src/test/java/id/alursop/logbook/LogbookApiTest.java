package id.alursop.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import id.alursop.ProgramUji;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A programme's logbook read back, as JSON and CSV, by whoever may read its history, and by no one else. */
@AlurSopTest
class LogbookApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV_KK = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw\n"
      + "3271010101040001;3271010101049001;Kepala Satu;Jl. Salak 1;001;004\n";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  private TestHttp http;
  private String instans;

  @BeforeEach
  void programmeWithTwoStepsDone() {
    http = new TestHttp(port);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-01T09:30").atZone(ZoneId.of("Asia/Jakarta"))
        .toInstant()));
    instans = ProgramUji.mulai(engine, "Sindangbarang").getId();
    PengemudiSop pengemudi = new PengemudiSop(engine);
    selesaikanOlehBapperida(pengemudi, "Task_IdentifikasiLokasiPrioritas", Map.of("dataKkSasaran", CSV_KK));
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-01T14:00").atZone(ZoneId.of("Asia/Jakarta"))
        .toInstant()));
    selesaikanOleh(pengemudi, "dinsos.bogor", "bogor-dinas-sosial", "Task_PenyediaanDataKemiskinan");
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-02T10:00").atZone(ZoneId.of("Asia/Jakarta"))
        .toInstant()));
    selesaikanOlehBapperida(pengemudi, "Task_PembentukanTim", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void supervisorReadsTheStepsInOrder_asJsonAndCsv() throws Exception {
    HttpResponse<String> json = http.get("/api/logbook/instans/" + instans, "pengawas.bogor:demo");
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode isi = JSON.readTree(json.body());
    assertThat(isi.path("sop").asText()).isEqualTo("kampung-nol-kemiskinan-ekstrem");
    assertThat(isi.path("namaSop").asText()).isEqualTo("Penanganan Kampung Nol Kemiskinan Ekstrem");
    assertThat(isi.path("entri")).hasSize(3);
    JsonNode pertama = isi.path("entri").get(0);
    assertThat(pertama.path("langkah").asText()).isEqualTo("1");
    assertThat(pertama.path("namaLangkah").asText()).isEqualTo("Identifikasi Lokasi Prioritas");
    assertThat(pertama.path("dikerjakanOleh").asText()).isEqualTo("bapperida.bogor");
    assertThat(pertama.path("selesaiPada").asText()).isEqualTo("2026-12-01T09:30+07:00");
    assertThat(isi.path("entri").get(1).path("namaLangkah").asText()).isEqualTo("Penyediaan Data DTKS dan P3KE");
    assertThat(isi.path("entri").get(1).path("dikerjakanOleh").asText()).isEqualTo("dinsos.bogor");
    assertThat(isi.path("entri").get(2).path("namaLangkah").asText()).isEqualTo("Pembentukan Tim & Koordinasi RT/RW");

    HttpResponse<String> csv = http.get("/api/logbook/instans/" + instans + "?format=csv", "pengawas.bogor:demo");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition")).get().asString()
        .contains("attachment", "logbook-kampung-nol-kemiskinan-ekstrem-" + instans + ".csv");
    List<String> baris = csv.body().lines().toList();
    assertThat(baris).hasSize(4);
    assertThat(baris.get(0)).isEqualTo("langkah;nama_langkah;dikerjakan_oleh;selesai_pada;output;catatan");
    assertThat(baris.get(1)).startsWith("1;Identifikasi Lokasi Prioritas;bapperida.bogor;2026-12-01T09:30+07:00;");
    assertThat(baris.get(2)).startsWith("1;Penyediaan Data DTKS dan P3KE;dinsos.bogor;2026-12-01T14:00+07:00;");
    assertThat(baris.get(3)).startsWith("2;Pembentukan Tim & Koordinasi RT/RW;bapperida.bogor;2026-12-02T10:00+07:00;");
  }

  @Test
  void noHistoryRights_otherAgency_unknown_notLoggedIn_badFormat() throws Exception {
    assertThat(http.get("/api/logbook/instans/" + instans, "pengawas.ketapang:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/logbook/instans/" + instans, "verifikator.bogor:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/logbook/instans/tidak-ada", "demo:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/logbook/instans/" + instans, null).statusCode()).isEqualTo(401);
    HttpResponse<String> format = http.get("/api/logbook/instans/" + instans + "?format=xls", "demo:demo");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(format.body()).path("message").asText()).isEqualTo("format harus json atau csv");
    assertThat(http.get("/api/logbook/instans/" + instans, "demo:demo").statusCode()).as("an administrator").isEqualTo(200);
  }

  /** Completes a step as BAPPERIDA's clerk (logged in with the group and agency Tasklist gives her). */
  private void selesaikanOlehBapperida(PengemudiSop pengemudi, String langkah, Map<String, Object> nilai) {
    selesaikanOleh(pengemudi, "bapperida.bogor", "bogor-bapperida", langkah, nilai);
  }

  private void selesaikanOleh(PengemudiSop pengemudi, String pengguna, String kelompok, String langkah) {
    selesaikanOleh(pengemudi, pengguna, kelompok, langkah, Map.of());
  }

  private void selesaikanOleh(PengemudiSop pengemudi, String pengguna, String kelompok, String langkah,
      Map<String, Object> nilai) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instans).taskDefinitionKey(langkah)
        .singleResult();
    engine.getIdentityService().setAuthentication(pengguna, List.of(kelompok), List.of("bogor"));
    try {
      pengemudi.selesaikan(task, nilai);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
