package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's tab *Dokumen* in a real browser: the drafter of a Ketapang SOP step attaches the
 * draft (a wrong kind of file is refused in the tab), the next reviewer, in the review chain's
 * task, finds it listed and downloads it; the clerk of Kampung Nol stage 1 uploads the target
 * households' CSV, sees the bad row refused with its reason, and completes the step with the
 * households of the file alone.
 */
@Tag("browser")
@AlurSopTest
class DokumenTasklistBrowserTest extends UjiPeramban {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final By TAB_DOKUMEN = By.xpath(
      "//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Dokumen']");
  private static final By TAB_FORMULIR = By.xpath(
      "//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Formulir']");

  @Autowired ProcessEngine engine;

  private Path berkas;

  @Override
  protected String nama() {
    return "dokumen";
  }

  @BeforeEach
  void siapkanBerkas() throws IOException {
    berkas = Files.createTempDirectory("alur-sop-dokumen-");
  }

  @AfterEach
  void hapusBerkas() throws IOException {
    try (var files = Files.walk(berkas)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void documentAttachedByTheDrafterIsListedToTheNextReviewer() throws Exception {
    PengemudiSop pengemudi = new PengemudiSop(engine);
    String instans = pengemudi.mulai("ketapang-asistensi-perencanaan").getId();
    Task draf = null;
    for (int i = 0; i < 40 && draf == null; i++) {
      Task open = pengemudi.tugasTerbuka(instans).get(0);
      if (open.getTaskDefinitionKey().equals("Task_L10_MembuatDraftLaporan")) {
        draf = open;
      } else {
        pengemudi.selesaikan(open, Map.of());
      }
    }
    assertThat(draf).as("step 10 reached").isNotNull();

    // the drafter: a wrong kind of file is refused in the tab, the draft is attached
    peramban.masuk("tasklist", "fungsional.tertentu.ketapang");
    bukaTugas(draf);
    bukaTabDokumen();
    peramban.tungguTeks(By.cssSelector(".alur-dokumen-kosong"), "Belum ada berkas terlampir");
    assertThat(peramban.tampak(By.cssSelector(".alur-dokumen-unggah .alur-pilih-berkas")).getText()).isEqualTo("Pilih berkas…");
    assertThat(peramban.semua(By.cssSelector(".alur-kemajuan")).get(0).isDisplayed()).isFalse();
    peramban.potret("penyusun-tab-dokumen");
    unggahDokumen(tulis("Draft Laporan.exe", PDF), "");
    peramban.tungguTeks(By.cssSelector(".alur-dokumen-galat"), "Jenis berkas tidak diterima");
    assertThat(peramban.tampak(By.cssSelector(".alur-dokumen-galat")).getText())
        .isEqualTo("Berkas \"Draft Laporan.exe\" tidak dilampirkan: Jenis berkas tidak diterima: hanya PDF, DOCX, XLSX, PNG, JPG");
    assertThat(peramban.semua(By.cssSelector(".alur-kemajuan")).get(0).isDisplayed()).as("progress gone").isFalse();
    peramban.potret("penyusun-berkas-ditolak");
    unggahDokumen(tulis("Draft Laporan Rapat.pdf", PDF), "Draft laporan hasil rapat koordinasi");
    peramban.tungguTeks(By.cssSelector(".alur-dokumen-pesan"), "Berkas \"Draft Laporan Rapat.pdf\" terlampir.");
    assertThat(peramban.semua(By.cssSelector(".alur-dokumen-galat")).get(0).isDisplayed()).isFalse();
    peramban.tungguTeks(By.cssSelector(".alur-dokumen-daftar"), "Draft Laporan Rapat.pdf");
    peramban.potret("penyusun-berkas-terlampir");
    assertThat(engine.getTaskService().getProcessInstanceAttachments(instans)).extracting("name")
        .containsExactly("Draft Laporan Rapat.pdf");

    pengemudi.selesaikan(draf, Map.of());
    Task tinjauan = pengemudi.tugasTerbuka(instans).get(0);
    assertThat(tinjauan.getProcessInstanceId()).as("the review chain's own instance").isNotEqualTo(instans);
    assertThat(engine.getTaskService().getIdentityLinksForTask(tinjauan.getId())).extracting("groupId")
        .contains("ketapang-subkoor-pemerintahan");

    // the next reviewer sees it in the review task's tab and downloads it
    peramban.masuk("tasklist", "subkoor.pemerintahan.ketapang");
    bukaTugas(tinjauan);
    bukaTabDokumen();
    peramban.tungguTeks(By.cssSelector(".alur-dokumen-daftar"), "Draft Laporan Rapat.pdf");
    WebElement baris = peramban.tampak(By.cssSelector(".alur-dokumen-daftar tbody tr"));
    assertThat(baris.getText()).contains("Draft laporan hasil rapat koordinasi")
        .contains("Membuat Draft Laporan hasil rapat koordinasi dan evaluasi");
    peramban.potret("peninjau-melihat-berkas");
    String unduh = baris.findElement(By.cssSelector("a.alur-dokumen-unduh")).getAttribute("href");
    @SuppressWarnings("unchecked")
    List<Object> hasil = (List<Object>) peramban.driver().executeAsyncScript(
        "const selesai = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => selesai("
            + "[r.status, r.headers.get('Content-Disposition'), t.substring(0, 5)])))"
            + ".catch(e => selesai([0, String(e), '']));", unduh);
    assertThat(((Number) hasil.get(0)).intValue()).isEqualTo(200);
    assertThat((String) hasil.get(1)).isEqualTo("attachment; filename=\"Draft Laporan Rapat.pdf\"");
    assertThat(hasil.get(2)).isEqualTo("%PDF-");
  }

  @Test
  void householdsCsvUploadedInTheTab_reportsTheBadRow_andTheStepCompletesWithTheFileAlone() throws Exception {
    String instans = Peramban.mulaiKampungNol(port, "Kedung Badak", "008");
    Task identifikasi = engine.getTaskService().createTaskQuery().processInstanceId(instans)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    Path csv = tulis("kk-sasaran-rw08.csv", ("nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw\n"
        + "3271010101080001;3271010101089001;Kepala Keluarga Satu;Jl. Kenanga 1;001;008\n"
        + "3271010101080002;3271010101089002;Kepala Keluarga Dua;Jl. Kenanga 2;002;008\n"
        + "3271010101080003;32710101;Kepala Keluarga Tiga;Jl. Kenanga 3;003;008\n").getBytes(StandardCharsets.UTF_8));

    peramban.masuk("tasklist", "bapperida.bogor");
    bukaTugas(identifikasi);
    peramban.klik(By.cssSelector(".task-details button.claim"));
    peramban.tampak(By.cssSelector(".task-details button.unclaim"));
    assertThat(peramban.teks()).doesNotContain("oleh administrator");
    bukaTabDokumen();
    By bagian = By.cssSelector(".alur-impor[data-impor='keluarga-sasaran']");
    peramban.tungguTeks(bagian, "Data KK sasaran (CSV)");
    peramban.tungguTeks(By.cssSelector(".alur-impor-keadaan"), "Tersimpan 0 KK sasaran untuk program ini");
    pilihBerkas(By.cssSelector(".alur-impor-berkas"), csv);
    peramban.tungguTeks(By.cssSelector(".alur-impor .alur-nama-berkas"), "kk-sasaran-rw08.csv");
    peramban.klik(By.cssSelector(".alur-impor-kirim"));
    peramban.tungguTeks(By.cssSelector(".alur-impor-ringkasan"), "diterima 2 baris, ditolak 1 baris");
    WebElement ditolak = peramban.tampak(By.cssSelector("tr.alur-baris-ditolak"));
    assertThat(ditolak.getAttribute("data-baris")).isEqualTo("4");
    assertThat(ditolak.findElements(By.tagName("td"))).extracting(WebElement::getText)
        .containsExactly("4", "Ditolak", "NIK kepala keluarga harus 16 digit angka");
    assertThat(peramban.semua(By.cssSelector("tr.alur-baris-diterima"))).extracting(e -> e.getAttribute("data-baris"))
        .containsExactly("2", "3");
    peramban.tungguTeks(By.cssSelector(".alur-impor-keadaan"), "Tersimpan 2 KK sasaran untuk program ini");
    peramban.potret("kk-sasaran-laporan");

    // the form, with "Data KK sasaran" left empty
    peramban.klik(TAB_FORMULIR);
    peramban.tampak(By.cssSelector(".fjs-form"));
    isi("input", "Field_kelurahan", "Kedung Badak");
    isi("input", "Field_rw", "008");
    peramban.klik(By.cssSelector("input[id$='-Field_sumberData-0']"));
    isi("input", "Field_petaLokasiSasaran", "PETA-RW08-2026");
    isi("textarea", "Field_ringkasanAnalisis", "Dua KK miskin ekstrem di RW 08");
    assertThat(peramban.tampak(By.cssSelector("textarea[id$='-Field_dataKkSasaran']")).getAttribute("value")).isEmpty();
    isi("textarea", "Field_catatanLogbook", "Data KK sasaran diunggah");
    id.alursop.FotoUji.lampirkan(engine, identifikasi);
    peramban.potret("kk-sasaran-formulir");
    peramban.klik(By.cssSelector("button[ng-click='complete()']"));
    peramban.tunggu(d -> engine.getTaskService().createTaskQuery().taskId(identifikasi.getId()).count() == 0);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instans)
        .variableName("jumlahKkSasaran").singleResult().getValue()).isEqualTo(2);
  }

  private Path tulis(String nama, byte[] isi) throws IOException {
    return Files.write(berkas.resolve(nama), isi);
  }

  private void bukaTugas(Task task) {
    peramban.buka("/camunda/app/tasklist/default/#/?task=" + task.getId());
    peramban.tungguTeks(By.cssSelector(".task-details"), task.getName());
  }

  private void bukaTabDokumen() {
    peramban.klik(TAB_DOKUMEN);
    peramban.tampak(By.cssSelector(".alur-dokumen"));
    peramban.tungguHilang(By.cssSelector(".alur-dokumen-memuat"));
  }

  private void unggahDokumen(Path file, String keterangan) {
    pilihBerkas(By.cssSelector(".alur-dokumen-berkas"), file);
    WebElement isian = peramban.tampak(By.cssSelector(".alur-dokumen-keterangan"));
    isian.clear();
    if (!keterangan.isEmpty()) {
      isian.sendKeys(keterangan);
    }
    peramban.klik(By.cssSelector(".alur-dokumen-kirim"));
  }

  /** Chooses a file in the tab's picker (the native input is hidden behind an Indonesian button). */
  private void pilihBerkas(By input, Path file) {
    peramban.tunggu(d -> d.findElement(input)).sendKeys(file.toAbsolutePath().toString());
  }

  private void isi(String tag, String fieldId, String nilai) {
    WebElement isian = peramban.bisaDiklik(By.cssSelector(tag + "[id$='-" + fieldId + "']"));
    peramban.skrip("arguments[0].scrollIntoView({block: 'center'})", isian);
    isian.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    isian.sendKeys(nilai);
  }
}
