package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import id.alursop.uep.Pemohon;
import id.alursop.uep.PemohonRepository;
import id.alursop.uep.UsulanRepository;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The UEP applicants as a list in Tasklist's start form (an English browser), entered before step
 * 1's clock starts: one group of fields per applicant, the birth date picked as dd/mm/yyyy, a bad
 * NIK in the second row shows the field's own message; the server's refusal names the row and the
 * field in a notification that covers no button; a forged row sent over Tasklist's own API is
 * refused and nothing is stored; the corrected list starts the proposal, whose step 1 is the
 * village's submission.
 */
@Tag("browser")
@AlurSopTest
class TasklistUepBrowserTest extends UjiPeramban {

  private static final String NIK_1 = "6201010101900001";
  private static final String NIK_2 = "6201010101900002";
  private static final String PENGGUNA = "operator.desa.lamandau";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired UsulanRepository usulan;
  @Autowired PemohonRepository pemohon;

  @Override
  protected String nama() {
    return "uep-daftar";
  }

  @Test
  void applicantsAsAListInTheStartForm_badNikShownPerRow_serverRefusalNamesRowAndField_forgedRowRefused()
      throws Exception {
    peramban.masuk("tasklist", PENGGUNA);
    peramban.klik(By.cssSelector(".start-process-action a"));
    peramban.tungguTeks(By.cssSelector(".modal-content"), "Bantuan Usaha Ekonomi Produktif");
    peramban.klik(By.xpath("//div[contains(@class,'modal-content')]//a[contains(., 'Bantuan Usaha Ekonomi Produktif')]"));
    peramban.tampak(By.cssSelector(".modal-content .fjs-form"));

    isi("Field_namaDesa", "Kujan");
    isi("Field_tanggalUsulan-date", "05/01/2027").sendKeys(Keys.TAB);
    baris(0, NIK_1, "6201010101800001", "Pemohon Satu", "01/05/1990", "Jl. Tumbang 1", "Warung", "DTKS-01");
    assertThat(peramban.tampak(By.cssSelector(".fjs-repeat-render-add")).getText()).isEqualTo("Tambah baris");
    peramban.klik(By.cssSelector(".fjs-repeat-render-add"));
    baris(1, "12345", "6201010101800002", "Pemohon Dua", "11/02/2085", "Jl. Tumbang 2", "", "");
    isi("Field_pemohonNik_0", NIK_1).sendKeys(Keys.TAB);
    By galat = By.cssSelector("[id$='-Field_pemohonNik_1-error-message']");
    peramban.tungguTeks(galat, "NIK harus 16 digit angka");
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})",
        peramban.tampak(By.cssSelector("input[id$='-Field_pemohonNik_1']")));
    peramban.potret("nik-salah-di-baris-2");
    assertThat(peramban.semua(By.cssSelector("[id$='-Field_pemohonNik_0-error-message']"))).isEmpty();
    assertThat(peramban.teks()).doesNotContain("Field must", "Add new");

    // corrected, the error goes and the start button is enabled again
    isi("Field_pemohonNik_1", NIK_2).sendKeys(Keys.TAB);
    peramban.tungguHilang(galat);

    // the second applicant's birth date lies after the proposal: only the server knows
    By mulai = By.cssSelector(".modal-footer button.btn-primary");
    peramban.klik(mulai);
    By pemberitahuan = By.cssSelector(".page-notifications .alert, .modal-content .notifications .alert");
    peramban.tungguTeks(pemberitahuan, "Daftar pemohon baris 2: Tanggal lahir tidak boleh setelah tanggal usulan");
    assertThat(peramban.tampak(pemberitahuan).getText()).doesNotContain("Cannot instantiate", "lamandau-bantuan-uep:");
    // Tasklist shows a start form's refusal at the top of the dialog
    assertThat(peramban.skrip("return arguments[0].closest('.modal-content') !== null", peramban.tampak(pemberitahuan)))
        .isEqualTo(true);
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", peramban.tampak(pemberitahuan));
    peramban.potret("penolakan-server-menyebut-baris-dan-isian");
    assertThat(tombolTertutup()).as("buttons under a notification").isEmpty();
    assertThat(usulan.findAll()).extracting(u -> u.getNamaDesa()).doesNotContain("Kujan");

    // a forged list over Tasklist's own API, with the clerk's session: a key the form does not
    // have and a NIK the browser would have refused
    String definisi = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("lamandau-bantuan-uep").latestVersion().singleResult().getId();
    TestHttp.Sesi sesi = new TestHttp(port).masukWebapp(PENGGUNA, "tasklist");
    String palsu = JSON.writeValueAsString(List.of(
        Map.of("nik", NIK_1, "nomorKk", "6201010101800001", "nama", "Pemohon Satu", "tanggalLahir", "1990-05-01",
            "alamat", "Jl. Tumbang 1", "kkKtp", true, "sptjm", true, "layakKeputusan", true),
        Map.of("nik", "62010101019000AB", "nomorKk", "6201010101800002", "nama", "Pemohon Dua",
            "tanggalLahir", "1985-02-11", "alamat", "Jl. Tumbang 2", "kkKtp", true, "sptjm", true)));
    HttpResponse<String> ditolak = sesi.post("/camunda/api/engine/engine/default/process-definition/" + definisi
        + "/submit-form", "application/json", JSON.writeValueAsString(Map.of("variables", Map.of(
            "namaDesa", Map.of("value", "Kujan"),
            "tanggalUsulan", Map.of("value", "2027-01-05"),
            "pemohon", Map.of("type", "Json", "value", palsu)))), true);
    assertThat(ditolak.statusCode()).as(ditolak.body()).isEqualTo(400);
    assertThat(JSON.readTree(ditolak.body()).path("message").asText())
        .contains("Daftar pemohon baris 1: isian 'layakKeputusan' tidak ada dalam formulir",
            "Daftar pemohon baris 2: NIK harus 16 digit angka")
        .doesNotContain("62010101019000AB");
    assertThat(usulan.findAll()).extracting(u -> u.getNamaDesa()).doesNotContain("Kujan");

    // corrected in the browser, the list is taken and the proposal starts
    for (WebElement tutup : peramban.semua(By.cssSelector(".alert button.close"))) {
      if (tutup.isDisplayed()) {
        tutup.click();
      }
    }
    isi("Field_pemohonTanggalLahir_1-date", "11/02/1985").sendKeys(Keys.TAB);
    peramban.potret("daftar-benar");
    peramban.klik(mulai);
    peramban.tungguHilang(By.cssSelector(".modal-content"));
    peramban.potret("usulan-dimulai");
    String instans = peramban.tunggu(d -> usulan.findAll().stream().filter(u -> u.getNamaDesa().equals("Kujan"))
        .map(u -> u.getProcessInstanceId()).findFirst().orElse(null));
    Long id = usulan.findByProcessInstanceId(instans).orElseThrow().getId();
    assertThat(pemohon.findByUsulanIdOrderById(id))
        .extracting(Pemohon::getNik, p -> p.getTanggalLahir().toString(), Pemohon::getJenisUsaha, Pemohon::getIdDtks,
            Pemohon::isKkKtp, Pemohon::isSptjm)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NIK_1, "1990-05-01", "Warung", "DTKS-01", true, true),
            org.assertj.core.groups.Tuple.tuple(NIK_2, "1985-02-11", null, null, true, true));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instans)
        .variableName("pemohon").singleResult().getTypeName()).isEqualTo("json");

    // step 1: the village submits; it is not asked for the Dinas's disposition
    Task serah = engine.getTaskService().createTaskQuery().processInstanceId(instans).singleResult();
    assertThat(serah.getTaskDefinitionKey()).isEqualTo("Task_DataUsulan");
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + serah.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), serah.getName());
    peramban.klik(By.cssSelector(".task-details button.claim"));
    WebElement ringkasan = peramban.tampak(By.cssSelector("textarea[id$='-Field_ringkasanUsulan']"));
    peramban.tunggu(d -> ringkasan.getDomProperty("value").contains("2. Pemohon Dua"));
    assertThat(peramban.semua(By.cssSelector("input[id$='-Field_nomorDisposisi']"))).isEmpty();
    peramban.potret("penyerahan-usulan");
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(serah.getId()).count() == 0);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instans).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_DisposisiUsulan");
  }

  /**
   * Buttons, links and checkboxes a notification lies over: their part not clipped by a scrolling
   * box (a button scrolled out of the task pane is not covered) meets a notification.
   */
  @SuppressWarnings("unchecked")
  private List<String> tombolTertutup() {
    return (List<String>) peramban.skrip("""
        const kotak = Array.from(document.querySelectorAll('.page-notifications .alert'))
          .map(a => a.getBoundingClientRect());
        const tumpang = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const terlihat = (t) => {
          const r = t.getBoundingClientRect();
          let b = { left: r.left, top: r.top, right: r.right, bottom: Math.min(r.bottom, window.innerHeight) };
          for (let p = t.parentElement; p && p !== document.body; p = p.parentElement) {
            const c = getComputedStyle(p);
            if (c.overflowX !== 'visible' || c.overflowY !== 'visible') {
              const q = p.getBoundingClientRect();
              b = { left: Math.max(b.left, q.left), top: Math.max(b.top, q.top),
                right: Math.min(b.right, q.right), bottom: Math.min(b.bottom, q.bottom) };
            }
          }
          return b.right > b.left && b.bottom > b.top ? b : null;
        };
        return Array.from(document.querySelectorAll('button, a, input[type=checkbox], input[type=submit]'))
          .filter(t => !t.closest('.page-notifications') && t.offsetParent !== null)
          .filter(t => { const b = terlihat(t); return b !== null && kotak.some(k => tumpang(k, b)); })
          .map(t => t.outerHTML.substring(0, 120));
        """);
  }

  private void baris(int i, String nik, String nomorKk, String nama, String lahir, String alamat, String usaha,
      String dtks) {
    isi("Field_pemohonNik_" + i, nik);
    isi("Field_pemohonNomorKk_" + i, nomorKk);
    isi("Field_pemohonNama_" + i, nama);
    isi("Field_pemohonTanggalLahir_" + i + "-date", lahir).sendKeys(Keys.TAB);
    isi("Field_pemohonAlamat_" + i, alamat);
    if (!usaha.isEmpty()) {
      isi("Field_pemohonJenisUsaha_" + i, usaha);
    }
    if (!dtks.isEmpty()) {
      isi("Field_pemohonIdDtks_" + i, dtks);
    }
    peramban.klik(By.cssSelector("input[id$='-Field_pemohonKkKtp_" + i + "']"));
    peramban.klik(By.cssSelector("input[id$='-Field_pemohonSptjm_" + i + "']"));
  }

  private WebElement isi(String fieldId, String nilai) {
    WebElement isian = peramban.bisaDiklik(By.cssSelector("input[id$='-" + fieldId + "']"));
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", isian);
    isian.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    isian.sendKeys(nilai);
    return isian;
  }
}
