package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Cockpit in a real (English) browser: the Kota Bogor supervisor sees a running Kampung Nol instance, in Indonesian. */
@Tag("browser")
@AlurSopTest
class CockpitPengawasBrowserTest extends UjiPeramban {

  @Autowired ProcessEngine engine;

  private String instans;

  @Override
  protected String nama() {
    return "cockpit";
  }

  @BeforeEach
  void mulai() throws Exception {
    instans = Peramban.mulaiKampungNol(port, "Tegal Gundil", "009");
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
