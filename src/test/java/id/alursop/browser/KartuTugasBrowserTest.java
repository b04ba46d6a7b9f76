package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's cards say which case each task is: a Kota Bogor verifier with two households to
 * verify sees each household's head and RT/RW on its card, never a NIK or KK number.
 */
@Tag("browser")
@AlurSopTest
class KartuTugasBrowserTest extends UjiPeramban {

  private static final String KK_1 = "3271010101030001";
  private static final String KK_2 = "3271010101030002";
  private static final String NIK_1 = "3271010101039001";
  private static final String CSV = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw\n"
      + KK_1 + ";" + NIK_1 + ";Budi Santoso;Jl. Kenari 1;001;009\n"
      + KK_2 + ";3271010101039002;Siti Aminah;Jl. Kenari 2;003;009\n";

  @Autowired ProcessEngine engine;

  @Override
  protected String nama() {
    return "kartu-tugas";
  }

  @Test
  void verifierSeesEachHouseholdOnItsCard() throws Exception {
    String instans = Peramban.mulaiKampungNol(port, "Kedung Halang", "009");
    PengemudiSop pengemudi = new PengemudiSop(engine);
    pengemudi.selesaikan(satu(instans, "Task_IdentifikasiLokasiPrioritas"), Map.of("dataKkSasaran", CSV));
    pengemudi.selesaikan(satu(instans, "Task_PembentukanTim"), Map.of());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey("Task_VerifikasiProfilingKeluarga").count()).isEqualTo(2);

    peramban.masuk("tasklist", "verifikator.bogor");
    peramban.tungguTeks(By.cssSelector(".task-filters"), "Tugas kelompok saya");
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "Budi Santoso · RT 001/RW 009");
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "Siti Aminah · RT 003/RW 009");
    peramban.potret("kartu-keluarga");
    String daftar = peramban.tampak(By.cssSelector("[cam-tasks]")).getText();
    assertThat(daftar).contains("Verifikasi dan Profiling Keluarga", "Kasus")
        .doesNotContain(KK_1, KK_2, NIK_1);
  }

  private Task satu(String instans, String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as(taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }
}
