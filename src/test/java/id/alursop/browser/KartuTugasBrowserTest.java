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
 * verify sees each household's head and RT/RW on its card, never a NIK or KK number; a Ketapang
 * wali data sees its OPD and the document asked for, and the agency's supervisor finds the late
 * step, with its case, under "Terlambat di instansi saya".
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
    pengemudi.selesaikan(satu(instans, "Task_PenyediaanDataKemiskinan"), Map.of());
    pengemudi.selesaikan(satu(instans, "Task_PembentukanTim"), Map.of());
    pengemudi.selesaikan(satu(instans, "Task_SosialisasiAwal"), Map.of());
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

  @Test
  void waliDataAndSupervisorSeeTheCase() {
    String instans = engine.getRuntimeService().startProcessInstanceByKey("ketapang-tkpkd-penanggulangan-kemiskinan",
        Map.of("tahunAnggaran", 2027L, "perihal", "Data kemiskinan desa", "nomorDisposisi", "D/13/2026")).getId();
    PengemudiSop pengemudi = new PengemudiSop(engine);
    List<Task> opd = List.of();
    for (int i = 0; i < 50 && opd.isEmpty(); i++) {
      pengemudi.selesaikan(pengemudi.tugasTerbuka(instans).get(0), Map.of());
      opd = engine.getTaskService().createTaskQuery().processInstanceId(instans)
          .taskDefinitionKey("Task_L07_OpdMenyampaikanData").list();
    }
    assertThat(opd).hasSize(3);
    Task dinsos = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey("Task_L07_OpdMenyampaikanData").taskCandidateGroup("ketapang-opd-dinas-sosial").singleResult();
    dinsos.setDueDate(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
    engine.getTaskService().saveTask(dinsos);

    peramban.masuk("tasklist", "dinsos.ketapang");
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "OPD: Dinas Sosial · Data kemiskinan desa");
    peramban.potret("kartu-wali-data");
    assertThat(peramban.tampak(By.cssSelector("[cam-tasks]")).getText()).doesNotContain("Dinas Kesehatan");

    peramban.masuk("tasklist", "pengawas.ketapang");
    peramban.klik(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Terlambat di instansi saya']"));
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "OPD: Dinas Sosial · Data kemiskinan desa");
    peramban.potret("pengawas-terlambat");
    assertThat(peramban.tampak(By.cssSelector("[cam-tasks]")).getText())
        .contains("Menyampaikan data (wali data)").doesNotContain("Kampung Nol", "Dinas Kesehatan");
  }

  private Task satu(String instans, String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as(taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }
}
