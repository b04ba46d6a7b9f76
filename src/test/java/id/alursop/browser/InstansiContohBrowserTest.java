package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The example agency added without a rebuild (contoh/instansi): its clerk starts its SOP from
 * Tasklist with its start form and completes the step, in Indonesian; the process list offers the
 * clerk only the agency's own SOP.
 */
@Tag("browser")
@AlurSopTest
class InstansiContohBrowserTest extends UjiPeramban {

  @Autowired ProcessEngine engine;

  @Override
  protected String nama() {
    return "instansi-contoh";
  }

  @Test
  void clerkOfTheExampleAgencyStartsItsSopAndCompletesTheStep() {
    peramban.masuk("tasklist", "staf.contoh");
    peramban.klik(By.cssSelector(".start-process-action a"));
    peramban.tungguTeks(By.cssSelector(".modal-content"), "Layanan Surat Keterangan");
    peramban.potret("daftar-proses");
    assertThat(peramban.driver().findElement(By.cssSelector(".modal-content")).getText())
        .doesNotContain("Kampung Nol", "Ketapang", "UEP");
    peramban.klik(By.xpath("//div[contains(@class,'modal-content')]//a[contains(., 'Layanan Surat Keterangan')]"));
    WebElement perihal = peramban.tampak(By.cssSelector("input[id$='-Field_perihal']"));
    perihal.sendKeys("Surat keterangan domisili");
    peramban.potret("formulir-mulai");
    peramban.klik(By.cssSelector(".modal-footer button.btn-primary"));
    peramban.tungguHilang(By.cssSelector(".modal-content"));

    List<Task> tugas = engine.getTaskService().createTaskQuery().processDefinitionKey("contoh-layanan-surat")
        .taskCandidateGroup("contoh-staf-pelayanan").taskUnassigned().orderByTaskCreateTime().desc().list();
    assertThat(tugas).isNotEmpty();
    Task terbitkan = tugas.get(0);
    assertThat(engine.getRuntimeService().getVariable(terbitkan.getProcessInstanceId(), "perihal"))
        .isEqualTo("Surat keterangan domisili");

    peramban.buka("/camunda/app/tasklist/default/#/?task=" + terbitkan.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), "Menerbitkan Surat Keterangan");
    peramban.klik(By.cssSelector(".task-details button.claim"));
    peramban.tampak(By.cssSelector(".fjs-form"));
    peramban.tungguTeks(By.cssSelector(".fjs-form"), "Surat keterangan domisili");
    peramban.tampak(By.cssSelector("input[id$='-Field_nomorSurat']")).sendKeys("470/002/UMUM/2026");
    peramban.potret("tugas-terbitkan");
    assertThat(peramban.teks()).contains("Menerbitkan Surat Keterangan", "Layanan Surat Keterangan");
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(terbitkan.getId()).count() == 0);
    peramban.potret("selesai");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(terbitkan.getProcessInstanceId()).variableName("nomorSurat").singleResult().getValue())
        .isEqualTo("470/002/UMUM/2026");
  }
}
