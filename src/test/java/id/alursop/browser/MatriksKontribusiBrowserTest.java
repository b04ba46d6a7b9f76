package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BAPPERIDA chooses the Matriks Kontribusi in Tasklist: the performer's options are Kota Bogor's
 * parties, given by the engine (the select's {@code valuesKey}); the intervention then reaches
 * the chosen party's user, and only them (issue 17).
 */
@Tag("browser")
@AlurSopTest
class MatriksKontribusiBrowserTest extends UjiPeramban {

  private static final String CSV = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw\n"
      + "3271010101030001;3271010101039001;Kepala Keluarga Matriks;Jl. Kenari 1;002;008\n";

  @Autowired ProcessEngine engine;

  @Override
  protected String nama() {
    return "matriks-kontribusi";
  }

  @Test
  void bapperidaChoosesThePartyPerNeed_theInterventionReachesThatPartyOnly() throws Exception {
    String instans = Peramban.mulaiKampungNol(port, "Kedung Halang", "008");
    PengemudiSop pengemudi = new PengemudiSop(engine);
    pengemudi.selesaikan(satu(instans, "Task_IdentifikasiLokasiPrioritas"), Map.of("dataKkSasaran", CSV));
    pengemudi.selesaikan(satu(instans, "Task_PenyediaanDataKemiskinan"), Map.of());
    pengemudi.selesaikan(satu(instans, "Task_PembentukanTim"), Map.of());
    pengemudi.selesaikan(satu(instans, "Task_SosialisasiAwal"), Map.of());
    pengemudi.selesaikan(satu(instans, "Task_VerifikasiProfilingKeluarga"), Map.of("nikKepalaKeluarga",
        "3271010101039001", "namaKepalaKeluarga", "Kepala Keluarga Matriks", "rt", "002", "rw", "008",
        "kebutuhan", List.of("hunian"), "masihMiskinEkstrem", "ya"));
    pengemudi.selesaikan(satu(instans, "Task_PendampinganVerifikasi"), Map.of());
    Task rapat = satu(instans, "Task_RapatKoordinasiLintasOpd");

    peramban.masuk("tasklist", "bapperida.bogor");
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + rapat.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), rapat.getName());
    peramban.klik(By.cssSelector(".task-details button.claim"));
    peramban.tampak(By.cssSelector(".task-details button.unclaim"));
    peramban.tampak(By.cssSelector(".fjs-form"));
    isi("Field_nomorBeritaAcara", "BA/08/2026");
    isi("Field_tanggalRapat-date", "08/12/2026").sendKeys(Keys.TAB);
    pilih("Field_matriksKebutuhan", "Perbaikan hunian");
    String pilihan = bukaPilihan("Field_matriksPelaksana").getText();
    peramban.potret("pilihan-pelaksana");
    assertThat(pilihan).as("Kota Bogor's parties, from organisasi/bogor.yaml")
        .contains("Dinas Perumahan dan Permukiman", "Dinas PUPR", "Dinas Pendidikan", "Baznas Kota Bogor", "Mitra CSR")
        .doesNotContain("OPD terkait", "BAPPERIDA");
    pilih("Field_matriksPelaksana", "Dinas Perumahan dan Permukiman");
    WebElement catatan = peramban.bisaDiklik(By.cssSelector("textarea[id$='-Field_catatanLogbook']"));
    catatan.sendKeys("Rapat koordinasi lintas OPD");
    id.alursop.FotoUji.lampirkan(engine, rapat);
    peramban.potret("matriks-terisi");
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    try {
      peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(rapat.getId()).count() == 0);
    } catch (RuntimeException e) {
      peramban.potret("gagal-selesai");
      peramban.konsol().forEach(System.out::println);
      throw e;
    }

    Task komitmen = satu(instans, "Task_KomitmenOpd");
    assertThat(engine.getTaskService().getIdentityLinksForTask(komitmen.getId())).extracting(IdentityLink::getGroupId)
        .as("the party the matrix names signs its commitment").containsExactly("bogor-dinas-perumahan-permukiman");
    pengemudi.selesaikan(komitmen, Map.of("komitmenDisetujui", true));
    pengemudi.selesaikan(satu(instans, "Task_KickOffKolaborasi"), Map.of());
    Task intervensi = satu(instans, "Task_PelaksanaanIntervensi");
    assertThat(engine.getTaskService().getIdentityLinksForTask(intervensi.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("bogor-dinas-perumahan-permukiman");

    peramban.masuk("tasklist", "disperkim.bogor");
    peramban.tungguTeks(By.cssSelector("[cam-tasks]"), "Perbaikan hunian · Kepala Keluarga Matriks · RT 002/RW 008");
    peramban.potret("intervensi-disperkim");
    peramban.masuk("tasklist", "disdik.bogor");
    peramban.tungguTeks(By.cssSelector(".task-filters"), "Tugas kelompok saya");
    peramban.potret("intervensi-disdik");
    assertThat(peramban.tampak(By.cssSelector("[cam-tasks]")).getText()).doesNotContain("Perbaikan hunian");
  }

  private Task satu(String instans, String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as(taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  private WebElement isi(String fieldId, String nilai) {
    WebElement isian = peramban.bisaDiklik(By.cssSelector("input[id$='-" + fieldId + "']"));
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", isian);
    isian.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    isian.sendKeys(nilai);
    return isian;
  }

  /** A form-js select's open list of options (a select opens when it gets focus, e.g. by TAB). */
  private WebElement bukaPilihan(String fieldId) {
    By daftar = By.xpath("//div[contains(@class,'fjs-form-field-select')][.//*[contains(@id,'-" + fieldId
        + "') and contains(@class,'fjs-select-display')]]//*[contains(@class,'fjs-dropdownlist')]");
    if (peramban.driver().findElements(daftar).isEmpty()) {
      peramban.klik(By.cssSelector("[id*='-" + fieldId + "'][id$='-display']"));
    }
    return peramban.tampak(daftar);
  }

  /** A form-js select: opens its list and picks the option with this label. */
  private void pilih(String fieldId, String label) {
    WebElement pilihan = bukaPilihan(fieldId).findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(e -> e.getText().strip().equals(label)).findFirst().orElseThrow();
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", pilihan);
    pilihan.click();
    peramban.tungguTeks(By.cssSelector("[id*='-" + fieldId + "'][id$='-display']"), label);
  }
}
