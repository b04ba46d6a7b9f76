package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import id.alursop.modeler.ContohBpmn;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator logs in to Camunda Admin, opens {@code /modeler} from Admin's dashboard with
 * the same session, opens a model, breaks it (lint and SOP errors appear, the deploy is refused),
 * fixes it and deploys a new version. Headless Debian Chromium through Debian's ChromeDriver,
 * nothing downloaded; screenshots in {@code target/screenshots/}. The deploys go through the
 * webapps' session with its CSRF token, as the page sends them.
 */
@Tag("browser")
@AlurSopTest
class ModelerBrowserTest extends UjiPeramban {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  private RemoteWebDriver driver;

  @Override
  protected String nama() {
    return "modeler";
  }

  @BeforeEach
  void bukaPeramban() {
    driver = peramban.driver();
  }

  private void potret(String langkah) {
    peramban.potret(langkah);
  }

  private Object skrip(String js) {
    return peramban.skrip(js);
  }

  private String teks(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  @Test
  void adminBreaksAModelSeesTheErrorsAndDeploysAFixedVersion() throws Exception {
    // a process of its own, so that the other tests' SOPs stay as they are
    String key = "uji-peramban-" + UUID.randomUUID().toString().substring(0, 8);
    String xml = ContohBpmn.denganDiagram(key);
    ObjectNode permintaan = JSON.createObjectNode().put("tenant", "bogor");
    permintaan.putArray("berkas").addObject().put("nama", "processes/" + key + ".bpmn").put("isi", xml);
    assertThat(new TestHttp(port).post("/modeler/api/deploy", "demo:demo", "application/json",
        JSON.writeValueAsString(permintaan)).statusCode()).isEqualTo(201);

    // the Camunda login, then the modeler from Admin's dashboard, in the same session
    peramban.masuk("admin", "demo");
    By modeler = By.cssSelector("a[data-alur='alur-modeler'][href='/modeler']");
    peramban.tampak(modeler);
    potret("admin-dasbor");
    peramban.klik(modeler);
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("alur-pengguna"), "Administrator"));
    assertThat(teks("alur-kepala")).contains("Modeler SOP", "Daftar Tugas", "Pemantauan", "Administrasi",
        "Laporan SLA", "Keluar");
    peramban.tunggu(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#saring-instansi option[value='bogor']")));
    new Select(driver.findElement(By.id("saring-instansi"))).selectByValue("bogor");
    By tombolModel = By.cssSelector("button[data-jenis='bpmn'][data-key='" + key + "'][data-tenant='bogor']");
    // the list is drawn again once the agency filter applies: click the button of the final list
    peramban.tunggu(d -> {
      try {
        d.findElement(tombolModel).click();
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return false;
      }
    });
    peramban.tunggu(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kanvas .djs-container")));
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("lint-ringkas"), "0 galat"));
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("konvensi-ringkas"), "0 galat"));
    assertThat(teks("judul")).contains(key, "bogor");
    assertThat(driver.findElement(By.id("versi")).getText()).contains("versi 1", "oleh demo");
    potret("dibuka");

    // break it: the flow into the end event goes (lint), the task's group does not exist (SOP convention)
    skrip("const m = window.alurModeler, reg = m.get('elementRegistry'), modeling = m.get('modeling');"
        + "modeling.removeElements([reg.get('Flow_KeSelesai')]);"
        + "modeling.updateProperties(reg.get('Task_Langkah1'), { 'camunda:candidateGroups': 'bogor-tidak-ada' });");
    peramban.tunggu(d -> !teks("lint-ringkas").startsWith("0 galat"));
    assertThat(driver.findElements(By.cssSelector(".bjsl-overlay"))).isNotEmpty();
    assertThat(teks("lint-daftar")).contains("Elemen tidak tersambung", "no-disconnected");
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("konvensi-ringkas"), "1 galat"));
    assertThat(teks("konvensi-daftar")).contains("Kelompok kandidat 'bogor-tidak-ada'");
    potret("rusak");

    driver.findElement(By.id("tombol-terapkan")).click();
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), "Model tidak diterapkan"));
    assertThat(driver.findElement(By.id("pesan")).getAttribute("class")).isEqualTo("galat");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    potret("ditolak");

    // fix it: the flow back, a group that exists, and a new name for the step
    skrip("const m = window.alurModeler, reg = m.get('elementRegistry'), modeling = m.get('modeling');"
        + "m.get('commandStack').undo(); m.get('commandStack').undo();"
        + "modeling.updateProperties(reg.get('Task_Langkah1'), { name: 'Identifikasi lokasi prioritas' });");
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("lint-ringkas"), "0 galat"));
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("konvensi-ringkas"), "0 galat"));
    driver.findElement(By.id("tombol-beda")).click();
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("hasil-beda"), "Diganti nama"));
    assertThat(teks("hasil-beda")).contains("'Identifikasi lokasi' → 'Identifikasi lokasi prioritas'");
    potret("perubahan");

    driver.findElement(By.id("tombol-terapkan")).click();
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), key + " versi 2"));
    assertThat(driver.findElement(By.id("pesan")).getAttribute("class")).isEqualTo("ok");
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("versi"), "versi 2"));
    potret("diterapkan");
    var definisi = repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn("bogor")
        .latestVersion().singleResult();
    assertThat(definisi.getVersion()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select pengguna from modeler_penerapan where deployment_id = ?", String.class,
        definisi.getDeploymentId())).isEqualTo("demo");

    // Cockpit's navigation leads an administrator to the modeler and to the SLA report as well
    peramban.klik(By.cssSelector("#alur-kepala a[data-tautan='cockpit']"));
    peramban.tampak(By.cssSelector("[cam-widget-header] a[data-alur='alur-modeler'][href='/modeler']"));
    peramban.tampak(By.cssSelector("[cam-widget-header] a[data-alur='alur-laporan-sla'][href='/laporan/sla']"));
    potret("cockpit-navigasi");
  }

  @Test
  void aNewSopWithANewLane_theAdministratorIsAskedBeforeItsGroupIsCreated() {
    String akhiran = UUID.randomUUID().toString().substring(0, 6);
    String key = "bogor-uji-lajur-peramban-" + akhiran;
    String lajur = "Satpol PP Peramban " + akhiran;
    String kelompok = "bogor-satpol-pp-peramban-" + akhiran;
    peramban.masuk("admin", "demo");
    peramban.buka("/modeler");
    peramban.tunggu(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#saring-instansi option[value='bogor']")));

    peramban.klik(By.id("tombol-baru"));
    new Select(driver.findElement(By.id("baru-instansi"))).selectByValue("bogor");
    driver.findElement(By.id("baru-id")).sendKeys(key);
    driver.findElement(By.id("baru-nama")).sendKeys("Uji Lajur Baru");
    driver.findElement(By.id("baru-lajur")).sendKeys("BAPPERIDA\n" + lajur);
    driver.findElement(By.id("baru-pemulai")).sendKeys("BAPPERIDA");
    potret("sop-baru");
    driver.findElement(By.cssSelector("#form-baru button[type='submit']")).click();
    peramban.tunggu(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kanvas .djs-container")));

    // one step in the new lane, drawn without a performer: the lane is its performer
    skrip("const m = window.alurModeler, reg = m.get('elementRegistry'), modeling = m.get('modeling');"
        + "const lane = reg.filter(e => e.type === 'bpmn:Lane' && e.businessObject.name.startsWith('Satpol'))[0];"
        + "const task = modeling.createShape({ type: 'bpmn:UserTask' }, { x: lane.x + 300, y: lane.y + lane.height / 2 },"
        + " reg.filter(e => e.type === 'bpmn:Participant')[0]);"
        + "modeling.updateProperties(task, { id: 'Task_Penertiban', name: 'Melaksanakan penertiban',"
        + " 'camunda:formRef': 'kampung-nol-kick-off', 'camunda:formRefBinding': 'latest' });"
        + "modeling.removeElements([reg.get('Flow_MulaiKeSelesai')]);"
        + "modeling.connect(reg.get('StartEvent_Mulai'), task); modeling.connect(task, reg.get('EndEvent_Selesai'));");
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("konvensi-ringkas"), "0 galat"));
    assertThat(teks("konvensi-daftar")).contains("Lajur '" + lajur + "' belum punya kelompok", kelompok);
    potret("lajur-baru");

    driver.findElement(By.id("tombol-terapkan")).click();
    org.openqa.selenium.Alert tanya = peramban.tunggu(ExpectedConditions.alertIsPresent());
    assertThat(tanya.getText()).contains(lajur + " (" + kelompok + ")", "Buat kelompok tersebut");
    tanya.accept();
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), "Kelompok baru: " + lajur));
    potret("lajur-baru-diterapkan");
    assertThat(driver.findElement(By.id("pesan")).getAttribute("class")).isEqualTo("ok");
    var definisi = repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn("bogor")
        .singleResult();
    assertThat(definisi).isNotNull();
    var model = repository.getBpmnModelInstance(definisi.getId());
    assertThat(((org.camunda.bpm.model.bpmn.instance.UserTask) model.getModelElementById("Task_Penertiban"))
        .getCamundaCandidateGroups()).isEqualTo(kelompok);
    assertThat(((org.camunda.bpm.model.bpmn.instance.Process) model.getModelElementById(key))
        .getCamundaCandidateStarterGroups()).isEqualTo("bogor-bapperida");
  }

  /**
   * "Impor tabel SOP": the administrator uploads Bappeda Ketapang's Monev table (CSV), gets the draft
   * in the editor with its warnings, and deploys it: the model and one form per step.
   */
  @Test
  void adminImportsAnSopTable_andDeploysTheDraftWithItsForms() {
    String key = "ketapang-impor-" + UUID.randomUUID().toString().substring(0, 8);
    peramban.masuk("admin", "demo");
    peramban.buka("/modeler");
    peramban.tunggu(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#impor-instansi option[value='ketapang']")));

    peramban.klik(By.id("tombol-impor"));
    new Select(driver.findElement(By.id("impor-instansi"))).selectByValue("ketapang");
    driver.findElement(By.id("impor-id")).sendKeys(key);
    driver.findElement(By.id("impor-nama")).sendKeys("Monev Perencanaan (impor)");
    driver.findElement(By.id("impor-berkas")).sendKeys(java.nio.file.Path.of(
        "src/test/resources/impor-sop/ketapang-monev-perencanaan.csv").toAbsolutePath().toString());
    potret("impor-dialog");
    driver.findElement(By.id("impor-kirim")).click();
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), "Draf dibuat dari tabel"));
    peramban.tunggu(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kanvas .djs-container")));
    assertThat(teks("kanvas")).contains("Menyusun Tim Monitoring");
    assertThat(teks("pesan")).contains("11 langkah");
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("konvensi-daftar"), "Impor tabel: "));

    potret("impor-draf");

    driver.findElement(By.id("tombol-terapkan")).click();
    peramban.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), key));
    potret("impor-diterapkan");
    assertThat(driver.findElement(By.id("pesan")).getAttribute("class")).as(teks("pesan")).isEqualTo("ok");
    var definisi = repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn("ketapang")
        .singleResult();
    assertThat(definisi).isNotNull();
    assertThat(repository.getDeploymentResourceNames(definisi.getDeploymentId()))
        .contains("processes/" + key + ".bpmn", "forms/" + key + "/" + key + "-l1.form",
            "forms/" + key + "/" + key + "-l11.form");
  }
}
