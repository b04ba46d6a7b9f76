package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Tasklist, the Kabid deciding on a meeting held "sesuai kebutuhan" reads which step it is and
 * answers held or not needed with a reason; the Fungsional Tertentu drafting a letter reads which
 * letter, from which input, for whom.
 */
@Tag("browser")
@AlurSopTest
class BagianLangkahKetapangBrowserTest extends UjiPeramban {

  @Autowired ProcessEngine engine;

  @Override
  protected String nama() {
    return "bagian-langkah-ketapang";
  }

  @Test
  void kabidDecidesOnTheMeeting_staffDraftsTheLetter() {
    PengemudiSop pengemudi = new PengemudiSop(engine);
    String asistensi = engine.getRuntimeService().startProcessInstanceByKey("ketapang-asistensi-perencanaan",
        Map.of("tahunAnggaran", 2027L, "perihal", "Asistensi Renja Dinas Sosial", "nomorDisposisi", "D/21/2026")).getId();
    Task keputusan = sampaiDi(pengemudi, asistensi, "Task_L03_MemutuskanPelaksanaanRapat");

    peramban.masuk("tasklist", "kabid.ketapang");
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "Asistensi Renja Dinas Sosial");
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + keputusan.getId());
    peramban.tungguTeks(By.cssSelector(".fjs-form"), "Apakah rapat ini dilaksanakan?");
    peramban.tunggu(d -> nilaiIsian().stream().anyMatch(v -> v != null && v.startsWith("Langkah 3: ")));
    peramban.potret("keputusan-rapat");
    assertThat(peramban.tampak(By.cssSelector(".fjs-form")).getText())
        .contains("Ya, rapat dilaksanakan", "Tidak, rapat tidak diperlukan", "Apa alasan keputusan ini?");
    assertThat(nilaiIsian()).contains("Langkah 3: Melaksanakan analisis, kajian, diskusi eksternal bersama OPD");
    assertThat(peramban.tampak(By.cssSelector(".task-details")).getText())
        .contains("Memutuskan perlu tidaknya diskusi eksternal bersama OPD");

    String tkpkd = engine.getRuntimeService().startProcessInstanceByKey("ketapang-tkpkd-penanggulangan-kemiskinan",
        Map.of("tahunAnggaran", 2027L, "perihal", "Rakor TKPKD 2027", "nomorDisposisi", "D/22/2026")).getId();
    Task draf = sampaiDi(pengemudi, tkpkd, "Task_L09_MenyusunDrafSuratUndangan");
    peramban.masuk("tasklist", "fungsional.tertentu.ketapang");
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "Rakor TKPKD 2027");
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + draf.getId());
    peramban.tungguTeks(By.cssSelector(".fjs-form"), "Draf apa yang Anda susun?");
    peramban.potret("draf-surat");
    peramban.tunggu(d -> peramban.semua(By.cssSelector(".fjs-form input")).stream()
        .anyMatch(i -> i.getAttribute("value") != null && i.getAttribute("value").contains("Surat Undangan Rapat terbatas")));
    assertThat(nilaiIsian()).contains("draf Surat Undangan Rapat terbatas dengan Tim Pokja dan Tim Pro Por TKPKD",
            "Form Data yang sudah diverifikasi (langkah 8)", "Sub. Koordinator Pembangunan Manusia");
  }

  private java.util.List<String> nilaiIsian() {
    return peramban.semua(By.cssSelector(".fjs-form input")).stream().map(i -> i.getAttribute("value")).toList();
  }

  private Task sampaiDi(PengemudiSop pengemudi, String instans, String key) {
    for (int i = 0; i < 60; i++) {
      for (Task t : pengemudi.tugasTerbuka(instans)) {
        if (t.getTaskDefinitionKey().equals(key)) {
          return t;
        }
      }
      pengemudi.selesaikan(pengemudi.tugasTerbuka(instans).get(0), Map.of());
    }
    throw new AssertionError(key + " not reached");
  }
}
