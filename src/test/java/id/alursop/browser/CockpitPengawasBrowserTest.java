package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cockpit in a real (English) browser: the Kota Bogor supervisor sees a running Kampung Nol instance, in Indonesian. */
@Tag("browser")
@AlurSopTest
class CockpitPengawasBrowserTest {

  private static final String PROSES = "kampung-nol-kemiskinan-ekstrem";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private Peramban peramban;
  private String instans;

  @BeforeEach
  void mulai() throws Exception {
    Peramban.pastikanTersedia();
    HttpResponse<String> r = new TestHttp(port).post("/engine-rest/process-definition/key/" + PROSES + "/tenant-id/bogor/start",
        "bapperida.bogor:demo", "application/json",
        "{\"variables\":{\"kelurahan\":{\"value\":\"Tegal Gundil\"},\"rw\":{\"value\":\"009\"},"
            + "\"periodeMulai\":{\"value\":\"2026-12-01\"}}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    instans = new ObjectMapper().readTree(r.body()).path("id").asText();
    peramban = new Peramban(port, "cockpit");
  }

  @AfterEach
  void tutup() {
    if (peramban != null) {
      peramban.close();
    }
  }

  @Test
  void supervisorSeesTheInstance() {
    peramban.masuk("cockpit", "pengawas.bogor");
    peramban.tungguTeks(By.cssSelector("[cam-widget-header]"), "Proses");
    peramban.tungguTeks(By.tagName("body"), "Instans Proses Berjalan");
    peramban.potret("dasbor");
    assertThat(peramban.teks()).contains("Penerapan", "Tugas Manusia").doesNotContain("Running Process Instances");

    String definisi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instans)
        .singleResult().getProcessDefinitionId();
    peramban.buka("/camunda/app/cockpit/default/#/process-definition/" + definisi + "/runtime");
    peramban.tungguTeks(By.tagName("body"), instans);
    peramban.tungguTeks(By.tagName("body"), "Instans Proses");
    peramban.potret("daftar-instans");

    peramban.buka("/camunda/app/cockpit/default/#/process-instance/" + instans + "/runtime");
    peramban.tungguTeks(By.tagName("body"), "Identifikasi Lokasi Prioritas");
    peramban.tampak(By.cssSelector(".djs-container"));
    peramban.potret("instans");
    assertThat(peramban.teks()).contains("Variabel", "Insiden", "Tindakan", "Asia/Jakarta").doesNotContain("Actions");
  }
}
