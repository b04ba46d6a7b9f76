package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.FotoUji;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step whose model requires visual documentation, in Tasklist: the clerk completes the form
 * without a photo and Tasklist shows the server's refusal; the tab *Dokumen* says the step
 * requires a photo or scan and that none is attached yet, the photo is attached there and the
 * tab says so; the step then completes and its logbook entry keeps the form's note.
 */
@Tag("browser")
@AlurSopTest
class DokumentasiTasklistBrowserTest extends UjiPeramban {

  private static final String KUNCI = "uji-dokumentasi";
  private static final By TAB_DOKUMEN = By.xpath(
      "//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Dokumen']");
  private static final By TAB_FORMULIR = By.xpath(
      "//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Formulir']");
  private static final By WAJIB = By.cssSelector(".alur-dokumen-wajib");

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private static String penerapan;
  private static String izin;

  @Override
  protected String nama() {
    return "dokumentasi";
  }

  @BeforeAll
  static void terapkan(@Autowired ProcessEngine engine) {
    penerapan = engine.getRepositoryService().createDeployment().name(KUNCI).tenantId("bogor")
        .addClasspathResource("dokumentasi/uji-dokumentasi.bpmn")
        .addClasspathResource("dokumentasi/uji-dokumentasi-kegiatan.form")
        .addClasspathResource("dokumentasi/uji-dokumentasi-laporan.form")
        .deploy().getId();
    // as a model deployed from the modeler: its lane's group may see the process
    AuthorizationService otorisasi = engine.getAuthorizationService();
    Authorization baca = otorisasi.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    baca.setGroupId("bogor-bapperida");
    baca.setResource(Resources.PROCESS_DEFINITION);
    baca.setResourceId(KUNCI);
    baca.addPermission(Permissions.READ);
    izin = otorisasi.saveAuthorization(baca).getId();
  }

  @AfterAll
  static void hapus(@Autowired ProcessEngine engine) {
    engine.getAuthorizationService().deleteAuthorization(izin);
    engine.getRepositoryService().deleteDeployment(penerapan, true);
  }

  @Test
  void refusedWithoutAPhoto_theTabSaysSo_attachedThere_thenCompleted() throws IOException {
    String pi = engine.getRuntimeService().createProcessInstanceByKey(KUNCI).processDefinitionTenantId("bogor")
        .execute().getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();

    peramban.masuk("tasklist", "bapperida.bogor");
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + task.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), task.getName());
    peramban.klik(By.cssSelector(".task-details button.claim"));
    peramban.tampak(By.cssSelector(".task-details button.unclaim"));
    peramban.tampak(By.cssSelector(".fjs-form"));
    isiFormulir();
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    peramban.tungguTeks(By.cssSelector(".page-notifications .alert"),
        "Dokumentasi visual wajib: lampirkan foto (JPG, PNG) atau pindaian (PDF) di tab Dokumen");
    peramban.potret("ditolak-tanpa-foto");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    peramban.klik(By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']"));

    peramban.klik(TAB_DOKUMEN);
    peramban.tampak(By.cssSelector(".alur-dokumen"));
    peramban.tungguTeks(WAJIB, "Langkah ini mewajibkan dokumentasi visual (foto atau pindaian).");
    assertThat(peramban.tampak(WAJIB).getText()).contains("Belum ada: lampirkan foto (JPG, PNG) atau pindaian (PDF)");
    assertThat(peramban.tampak(WAJIB).getAttribute("data-ada")).isEqualTo("tidak");
    peramban.potret("tab-dokumen-belum-ada-foto");

    Path berkas = Files.createTempDirectory("alur-sop-dokumentasi-").resolve("Foto kegiatan.png");
    Files.write(berkas, FotoUji.PNG);
    try {
      peramban.tunggu(d -> d.findElement(By.cssSelector(".alur-dokumen-berkas")))
          .sendKeys(berkas.toAbsolutePath().toString());
      peramban.klik(By.cssSelector(".alur-dokumen-kirim"));
      peramban.tungguTeks(By.cssSelector(".alur-dokumen-pesan"), "Berkas \"Foto kegiatan.png\" terlampir.");
    } finally {
      Files.delete(berkas);
      Files.delete(berkas.getParent());
    }
    peramban.tungguTeks(WAJIB, "Sudah terlampir dari langkah ini.");
    assertThat(peramban.tampak(WAJIB).getAttribute("data-ada")).isEqualTo("ya");
    peramban.potret("tab-dokumen-foto-terlampir");

    peramban.klik(TAB_FORMULIR);
    peramban.tampak(By.cssSelector(".fjs-form"));
    isiFormulir();
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    assertThat(jdbc.queryForObject("select catatan from logbook_entry where task_id = ?", String.class, task.getId()))
        .isEqualTo("Sosialisasi di balai RW 05, dihadiri 30 warga");
  }

  private void isiFormulir() {
    isi("input", "Field_uraian", "Sosialisasi RW 05");
    isi("textarea", "Field_catatanLogbook", "Sosialisasi di balai RW 05, dihadiri 30 warga");
  }

  private void isi(String tag, String fieldId, String nilai) {
    WebElement isian = peramban.bisaDiklik(By.cssSelector(tag + "[id$='-" + fieldId + "']"));
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", isian);
    isian.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    isian.sendKeys(nilai);
  }
}
