package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.kampungnol.KampungNolSkenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** BAPPERIDA's Monev form shows the recap it decides on (totals, a row per household) before the decision. */
@Tag("browser")
@AlurSopTest
class MonevBrowserTest extends UjiPeramban {

  @Autowired ProcessEngine engine;

  @Override
  protected String nama() {
    return "monev";
  }

  @Test
  void recapShownBeforeTheDecision() {
    String instans = KampungNolSkenario.sampaiMonev(engine, "Kebon Kalapa");
    Task monev = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey("Task_MonitoringEvaluasi").singleResult();

    peramban.masuk("tasklist", "bapperida.bogor");
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + monev.getId());
    peramban.tampak(By.cssSelector(".fjs-form"));
    peramban.tungguTeks(By.cssSelector(".fjs-form"), "KK sasaran: 2");
    peramban.potret("rekap");
    String formulir = peramban.tampak(By.cssSelector(".fjs-form")).getText();
    assertThat(formulir).contains("KK sasaran: 2 · masih miskin ekstrem: 1 · intervensi terbuka: 0",
        "Rekap per keluarga", "Masih miskin ekstrem", "Tidak lagi miskin ekstrem").doesNotContain("{{");
  }
}
