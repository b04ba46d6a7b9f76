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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The UEP applicants as a list in Tasklist (an English browser): one group of fields per applicant,
 * the birth date picked as dd/mm/yyyy, a bad NIK in the second row shows the field's own message;
 * the server's refusal names the row and the field in a notification that covers no button; a
 * forged row sent over Tasklist's own API is refused and nothing is stored.
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

  private String instans;

  @Override
  protected String nama() {
    return "uep-daftar";
  }

  @BeforeEach
  void mulai() throws Exception {
    HttpResponse<String> r = new TestHttp(port).post(
        "/engine-rest/process-definition/key/lamandau-bantuan-uep/tenant-id/lamandau/start", PENGGUNA + ":demo",
        "application/json", "{\"variables\":{\"namaDesa\":{\"value\":\"Kujan\"}}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    instans = new ObjectMapper().readTree(r.body()).path("id").asText();
  }

  @Test
  void applicantsAsAList_badNikShownPerRow_serverRefusalNamesRowAndField_forgedRowRefused() throws Exception {
    peramban.masuk("tasklist", PENGGUNA);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instans).singleResult();
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + task.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), task.getName());
    peramban.klik(By.cssSelector(".task-details button.claim"));
    peramban.tampak(By.cssSelector(".task-details button.unclaim"));
    peramban.tampak(By.cssSelector(".fjs-form"));

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

    // corrected, the error goes and Selesaikan is enabled again (formulir.js; klik waits for it)
    isi("Field_pemohonNik_1", NIK_2).sendKeys(Keys.TAB);
    peramban.tungguHilang(galat);

    // the second applicant's birth date lies after the proposal: only the server knows
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    By pemberitahuan = By.cssSelector(".page-notifications .alert");
    peramban.tungguTeks(pemberitahuan, "Daftar pemohon baris 2: Tanggal lahir tidak boleh setelah tanggal usulan");
    peramban.potret("penolakan-server-menyebut-baris-dan-isian");
    assertThat(tombolTertutup()).as("buttons under a notification").isEmpty();
    assertThat(peramban.skrip("const b = document.querySelector(\"button[ng-click='complete()']\").getBoundingClientRect();"
        + " const e = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
        + " return e && e.closest(\"button[ng-click='complete()']\") !== null;")).as("Selesaikan in view, uncovered")
        .isEqualTo(true);
    assertThat(usulan.findByProcessInstanceId(instans)).isEmpty();

    // a forged list over Tasklist's own API, with the clerk's session: a key the form does not
    // have and a NIK the browser would have refused
    TestHttp.Sesi sesi = new TestHttp(port).masukWebapp(PENGGUNA, "tasklist");
    String palsu = JSON.writeValueAsString(List.of(
        Map.of("nik", NIK_1, "nomorKk", "6201010101800001", "nama", "Pemohon Satu", "tanggalLahir", "1990-05-01",
            "alamat", "Jl. Tumbang 1", "kkKtp", true, "sptjm", true, "layakKeputusan", true),
        Map.of("nik", "62010101019000AB", "nomorKk", "6201010101800002", "nama", "Pemohon Dua",
            "tanggalLahir", "1985-02-11", "alamat", "Jl. Tumbang 2", "kkKtp", true, "sptjm", true)));
    HttpResponse<String> ditolak = sesi.post("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
        "application/json", JSON.writeValueAsString(Map.of("variables", Map.of(
            "tanggalUsulan", Map.of("value", "2027-01-05"),
            "pemohon", Map.of("type", "Json", "value", palsu)))), true);
    assertThat(ditolak.statusCode()).as(ditolak.body()).isEqualTo(400);
    assertThat(JSON.readTree(ditolak.body()).path("message").asText())
        .contains("Daftar pemohon baris 1: isian 'layakKeputusan' tidak ada dalam formulir",
            "Daftar pemohon baris 2: NIK harus 16 digit angka")
        .doesNotContain("62010101019000AB");
    assertThat(usulan.findByProcessInstanceId(instans)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

    // corrected in the browser, the list is taken
    peramban.klik(By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']"));
    peramban.tungguHilang(pemberitahuan);
    isi("Field_pemohonTanggalLahir_1-date", "11/02/1985").sendKeys(Keys.TAB);
    peramban.potret("daftar-benar");
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    peramban.potret("usulan-terkirim");
    Long id = usulan.findByProcessInstanceId(instans).orElseThrow().getId();
    assertThat(pemohon.findByUsulanIdOrderById(id))
        .extracting(Pemohon::getNik, p -> p.getTanggalLahir().toString(), Pemohon::getJenisUsaha, Pemohon::getIdDtks,
            Pemohon::isKkKtp, Pemohon::isSptjm)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NIK_1, "1990-05-01", "Warung", "DTKS-01", true, true),
            org.assertj.core.groups.Tuple.tuple(NIK_2, "1985-02-11", null, null, true, true));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instans)
        .variableName("pemohon").singleResult().getTypeName()).isEqualTo("json");
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
