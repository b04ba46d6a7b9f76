package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist in a real browser (an English one): a Kota Bogor clerk claims and completes the first
 * Kampung Nol step, the verifier sees the form's own Indonesian message for a bad NIK, fixes it
 * and completes the verification; everything on screen is Indonesian.
 */
@Tag("browser")
@AlurSopTest
class TasklistKampungNolBrowserTest extends UjiPeramban {

  private static final String CSV = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw\n"
      + "3271010101020001;3271010101029001;Kepala Keluarga Satu;Jl. Melati 1;001;007\n";

  @Autowired ProcessEngine engine;

  private String instans;

  @Override
  protected String nama() {
    return "tasklist";
  }

  @BeforeEach
  void mulai() throws Exception {
    instans = Peramban.mulaiKampungNol(port, "Cibuluh", "007");
  }

  @Test
  void clerkCompletesStepsInIndonesian_badNikShowsTheFormsOwnMessage() {
    peramban.buka("/camunda/app/tasklist/default/");
    peramban.tampak(By.cssSelector("input[ng-model='username']"));
    peramban.tungguTeks(By.cssSelector("form button[type='submit']"), "Masuk");
    assertThat(peramban.driver().findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
        .isEqualTo("Nama pengguna");
    peramban.potret("halaman-masuk");

    // step 1 by BAPPERIDA: claim, fill, complete
    peramban.masuk("tasklist", "bapperida.bogor");
    peramban.tungguTeks(By.cssSelector(".task-filters"), "Tugas kelompok saya");
    Task identifikasi = tugas("Task_IdentifikasiLokasiPrioritas");
    bukaTugas(identifikasi);
    peramban.potret("tugas-identifikasi");
    ambil();
    peramban.potret("tugas-diambil");
    isi("input", "Field_kelurahan", "Cibuluh");
    isi("input", "Field_rw", "007");
    centang("Field_sumberData", 0);
    isi("input", "Field_petaLokasiSasaran", "PETA-RW07-2026");
    isi("textarea", "Field_ringkasanAnalisis", "Satu KK miskin ekstrem di RW 07");
    isi("textarea", "Field_dataKkSasaran", CSV);
    isi("textarea", "Field_catatanLogbook", "Analisis DTKS dan P3KE RW 07");
    id.alursop.FotoUji.lampirkan(engine, identifikasi); // the map of target locations, as the tab Dokumen attaches it
    peramban.potret("formulir-identifikasi-terisi");
    selesaikan(identifikasi);
    peramban.potret("identifikasi-selesai");
    assertThat(engine.getTaskService().createTaskQuery().taskId(identifikasi.getId()).count()).isZero();

    // Dinas Sosial's part of stage 1 (its own task), then step 2, also BAPPERIDA: dates written as a
    // clerk writes them, dd/mm/yyyy
    Task dinsos = tugas("Task_PenyediaanDataKemiskinan");
    id.alursop.FotoUji.lampirkan(engine, dinsos);
    engine.getTaskService().complete(dinsos.getId(), Map.of("catatanLogbook", "Langkah selesai", "sumberDataDinsos", List.of("dtks"),
        "periodeData", "DTKS Desember 2026", "jumlahKkData", 1L));
    Task tim = tugas("Task_PembentukanTim");
    bukaTugas(tim);
    ambil();
    isi("input", "Field_nomorSkTim", "SK/13/2026");
    assertThat(peramban.tampak(By.cssSelector("input[id$='-Field_tanggalSkTim-date']")).getAttribute("placeholder"))
        .isEqualTo("dd/mm/yyyy");
    isi("input", "Field_tanggalSkTim-date", "02/12/2026").sendKeys(Keys.TAB);
    centang("Field_unsurTim", 0);
    isi("textarea", "Field_catatanLogbook", "SK Tim ditetapkan");
    id.alursop.FotoUji.lampirkan(engine, tim);
    peramban.potret("formulir-tim-terisi");
    selesaikan(tim);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instans)
        .variableName("tanggalSkTim").singleResult().getValue()).isEqualTo("2026-12-02");
    id.alursop.FotoUji.lampirkan(engine, tugas("Task_SosialisasiAwal"));
    engine.getTaskService().complete(tugas("Task_SosialisasiAwal").getId(), Map.of("catatanLogbook", "Langkah selesai", "tanggalSosialisasi", "2026-12-03",
        "tempatSosialisasi", "Aula Kelurahan", "jumlahHadirSosialisasi", 30L, "notulenSosialisasi",
        "Sosialisasi ke RT/RW 07"));

    // step 3 by the verifier: a bad NIK shows the form's own Indonesian message
    peramban.masuk("tasklist", "verifikator.bogor");
    Task verifikasi = tugas("Task_VerifikasiProfilingKeluarga");
    bukaTugas(verifikasi);
    ambil();
    WebElement nik = isi("input", "Field_nikKepalaKeluarga", "12345");
    nik.sendKeys(Keys.TAB);
    WebElement galat = peramban.tampak(By.cssSelector("[id$='-Field_nikKepalaKeluarga-error-message']"));
    peramban.tungguTeks(By.cssSelector("[id$='-Field_nikKepalaKeluarga-error-message']"), "NIK harus 16 digit angka");
    peramban.potret("nik-salah");
    assertThat(galat.getText()).isEqualTo("NIK harus 16 digit angka");
    assertThat(peramban.teks()).doesNotContain("Field must", "pattern", "[0-9]");

    isi("input", "Field_nikKepalaKeluarga", "3271010101029001");
    isi("input", "Field_namaKepalaKeluarga", "Kepala Keluarga Satu");
    isi("input", "Field_alamat", "Jl. Melati 1");
    isi("input", "Field_rt", "001");
    isi("input", "Field_rw", "007");
    isi("textarea", "Field_kondisiKeluarga", "Rumah tidak layak huni");
    centang("Field_kebutuhan", 0);
    centang("Field_masihMiskinEkstrem", 0);
    peramban.tungguHilang(By.cssSelector(".fjs-form-field-error"));
    isi("textarea", "Field_catatanLogbook", "Kunjungan rumah bersama RT");
    id.alursop.FotoUji.lampirkan(engine, verifikasi);
    peramban.potret("formulir-verifikasi-benar");
    selesaikan(verifikasi);
    peramban.potret("verifikasi-selesai");
    assertThat(engine.getTaskService().createTaskQuery().taskId(verifikasi.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instans)
        .variableName("masihMiskinEkstrem").count()).isPositive();
  }

  private Task tugas(String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as(taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  private void bukaTugas(Task task) {
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + task.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), task.getName());
  }

  private void ambil() {
    peramban.klik(By.cssSelector(".task-details button.claim"));
    peramban.tampak(By.cssSelector(".task-details button.unclaim"));
    peramban.tampak(By.cssSelector(".fjs-form"));
  }

  private WebElement isi(String tag, String fieldId, String nilai) {
    WebElement isian = peramban.bisaDiklik(By.cssSelector(tag + "[id$='-" + fieldId + "']"));
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", isian);
    isian.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    isian.sendKeys(nilai);
    return isian;
  }

  private void centang(String fieldId, int pilihan) {
    peramban.klik(By.cssSelector("input[id$='-" + fieldId + "-" + pilihan + "']"));
  }

  /** Clicks Selesaikan and waits until the engine no longer has the task. */
  private void selesaikan(Task task) {
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    try {
      peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    } catch (RuntimeException e) {
      peramban.potret("gagal-selesai");
      peramban.konsol().forEach(System.out::println);
      throw e;
    }
    peramban.tungguHilang(By.cssSelector(".fjs-form"));
  }
}
