package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import id.alursop.kalender.DurasiKerja;
import id.alursop.kalender.KalenderInstansi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /modeler/api/impor-sop}: the SOP-AP tables of the nine catalogued SOPs
 * (src/test/resources/impor-sop, written by its buat-tabel.py) become drafts that pass the
 * modeler's conventions check and sop-fidelity; a draft deploys, starts and routes its first step
 * with its due date; a bad table is refused whole, naming row and column, and nothing is created.
 */
@AlurSopTest
class ImporSopTest {

  private static final String ADMIN = "demo:demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TABEL = Path.of("src/test/resources/impor-sop");
  private static final Path FIDELITY = Path.of("../shared/tools/sop-fidelity");

  @LocalServerPort int port;
  @Autowired PenerapanModeler penerapan;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired KalenderInstansi kalender;
  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  static String tenant(String id) {
    return id.startsWith("ketapang") ? "ketapang" : id.startsWith("lamandau") ? "lamandau"
        : id.startsWith("barito") ? "bartim" : "bogor";
  }

  private HttpResponse<String> impor(String login, Map<String, String> isian, String namaBerkas, String jenis,
      byte[] isi) throws Exception {
    String batas = "----alursop" + UUID.randomUUID();
    return http.send(http.request("/modeler/api/impor-sop", login)
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(batas, isian, namaBerkas, jenis, isi))).build());
  }

  static byte[] multipart(String batas, Map<String, String> isian, String namaBerkas, String jenis, byte[] isi)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : isian.entrySet()) {
      body.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
          + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (isi != null) {
      body.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + namaBerkas
          + "\"\r\nContent-Type: " + jenis + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(isi);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static Map<String, String> isian(String tenant, String id, String nama) {
    Map<String, String> isian = new LinkedHashMap<>();
    isian.put("tenant", tenant);
    isian.put("id", id);
    isian.put("nama", nama);
    return isian;
  }

  private HttpResponse<String> imporTabel(String berkas, String tenant, String id) throws Exception {
    return impor(ADMIN, isian(tenant, id, "Uji impor " + berkas), berkas, "text/csv",
        Files.readAllBytes(TABEL.resolve(berkas)));
  }

  private static List<PenerapanModeler.Berkas> berkas(JsonNode jawaban) {
    List<PenerapanModeler.Berkas> hasil = new ArrayList<>();
    jawaban.path("berkas").forEach(b -> hasil.add(new PenerapanModeler.Berkas(b.path("nama").asText(),
        b.path("isi").asText())));
    return hasil;
  }

  private static List<String> peringatan(JsonNode jawaban) {
    return jawaban.path("peringatan").findValuesAsText("pesan");
  }

  private static BpmnModelInstance model(List<PenerapanModeler.Berkas> berkas) {
    return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(berkas.get(0).isi().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyCatalogueTable_aDraftThatPassesTheConventionsCheckAndSopFidelity(@TempDir Path draf) throws Exception {
    long penerapanSebelum = repository.createDeploymentQuery().count();
    long kelompokSebelum = identity.createGroupQuery().count();
    List<String> ids = new ArrayList<>();
    int langkah = 0;
    try (Stream<Path> tabel = Files.list(TABEL)) {
      for (Path csv : tabel.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String id = csv.getFileName().toString().replace(".csv", "");
        HttpResponse<String> jawaban = imporTabel(csv.getFileName().toString(), tenant(id), id);
        assertThat(jawaban.statusCode()).as(id + ": " + jawaban.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(jawaban.body());
        List<PenerapanModeler.Berkas> berkas = berkas(json);
        assertThat(berkas.get(0).nama()).isEqualTo("processes/" + id + ".bpmn");
        int jumlah = model(berkas).getModelElementsByType(UserTask.class).size();
        assertThat(berkas).hasSize(1 + jumlah);
        assertThat(berkas.subList(1, berkas.size())).allSatisfy(b -> assertThat(b.nama()).startsWith("forms/" + id + "/" + id + "-l"));
        List<Temuan> temuan = penerapan.periksa(tenant(id), berkas);
        assertThat(temuan.stream().filter(Temuan::isGalat).toList()).as(id).isEmpty();
        assertThat(temuan).as(id + ": no generated ids").noneMatch(t -> t.pesan().contains("dibuat otomatis"));
        for (PenerapanModeler.Berkas b : berkas) {
          Path file = draf.resolve(b.nama());
          Files.createDirectories(file.getParent());
          Files.writeString(file, b.isi());
          Path lihat = Path.of("target/impor-sop").resolve(b.nama());
          Files.createDirectories(lihat.getParent());
          Files.writeString(lihat, b.isi());
        }
        ids.add(id);
        langkah += jumlah;
      }
    }
    assertThat(ids).hasSize(9);
    assertThat(langkah).isEqualTo(107);
    assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(penerapanSebelum);
    assertThat(identity.createGroupQuery().count()).as("no group created").isEqualTo(kelompokSebelum);

    assumeTrue(Files.isRegularFile(FIDELITY), "../shared/tools/sop-fidelity is not there");
    List<String> perintah = new ArrayList<>(List.of("python3", FIDELITY.toAbsolutePath().toString()));
    perintah.addAll(ids);
    Process proses = new ProcessBuilder(perintah).directory(draf.toFile()).redirectErrorStream(true).start();
    assertThat(proses.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String keluaran = new String(proses.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keluaran).contains("sop-fidelity: 107/107 steps faithful, 0 problems, 9 SOPs checked");
    assertThat(proses.exitValue()).as(keluaran).isZero();
  }

  @Test
  void theDraftFollowsTheTable() throws Exception {
    JsonNode json = JSON.readTree(imporTabel("ketapang-asistensi-perencanaan.csv", "ketapang", "uji-impor-bentuk")
        .body());
    List<PenerapanModeler.Berkas> berkas = berkas(json);
    BpmnModelInstance model = model(berkas);
    org.camunda.bpm.model.bpmn.instance.Process proses = model.getModelElementById("uji-impor-bentuk");
    assertThat(proses.isExecutable()).isTrue();
    assertThat(proses.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    assertThat(proses.getCamundaCandidateStarterGroups()).isEqualTo("ketapang-kabid");
    assertThat(model.getModelElementsByType(Lane.class)).extracting(Lane::getName).containsExactly(
        "Kabid Pemerintahan dan Sosial Budaya", "Sub. Koordinator Pemerintahan", "Fungsional Tertentu",
        "Fungsional Umum", "Sekretaris Badan", "Kepala Badan", "Sekretaris Daerah", "Bupati", "OPD");
    List<UserTask> tugas = new ArrayList<>(model.getModelElementsByType(UserTask.class));
    assertThat(tugas).hasSize(14);
    UserTask satu = tugas.get(0);
    assertThat(satu.getId()).isEqualTo("Task_L01_MengidentifikasiIsuStrategis");
    assertThat(satu.getName()).startsWith("Mengidentifikasi Isu Strategis Daerah, Kebijakan Pimpinan");
    assertThat(satu.getCamundaCandidateGroups()).isEqualTo("ketapang-kabid");
    assertThat(satu.getCamundaFormRef()).isEqualTo("uji-impor-bentuk-l1");
    assertThat(tugas.get(1).getId()).isEqualTo("Task_L02_MelaksanakanAnalisisKajian");
    assertThat(tugas.get(1).getDocumentations()).extracting(d -> d.getTextContent()).containsExactly(
        "Terkait SOP Surat Keluar");
    assertThat(tugas).extracting(UserTask::getId).allMatch(i -> i.matches("Task_L\\d\\d_[A-Za-z0-9]+"));
    assertThat(berkas.get(0).isi()).contains("<bpmn:sequenceFlow id=\"Flow_L01KeL02\"",
        "<bpmn:sequenceFlow id=\"Flow_MulaiKeL01\"", "<bpmn:sequenceFlow id=\"Flow_L14KeSelesai\"",
        "name=\"SOP dimulai\"", "name=\"SOP selesai\"",
        "<camunda:property name=\"sop.langkah\" value=\"1\" />",
        "<camunda:property name=\"sop.pelaksana\" value=\"Kabid Pemerintahan dan Sosial Budaya\" />",
        "<camunda:property name=\"sop.waktu\" value=\"PT300M\" />",
        "<camunda:property name=\"sop.waktu\" value=\"PT2550M\" />",
        "<camunda:property name=\"sop.output\" value=\"Agenda koordinasi internal\" />");
    // step 5's time is "-": no standard
    assertThat(berkas.get(0).isi().split("<bpmn:userTask")[5]).contains("sop.langkah\" value=\"5\"")
        .doesNotContain("sop.waktu");

    JsonNode form = JSON.readTree(berkas.get(1).isi());
    assertThat(form.path("id").asText()).isEqualTo("uji-impor-bentuk-l1");
    assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
    JsonNode komponen = form.path("components");
    assertThat(komponen.findValuesAsText("type")).containsExactly("text", "checklist", "textfield", "textarea");
    assertThat(komponen.get(1).path("label").asText()).isEqualTo("Kelengkapan apa saja yang sudah tersedia?");
    assertThat(komponen.get(1).path("values").findValuesAsText("label")).containsExactly(
        "Peraturan Perundang-undangan", "Kebijakan Pusat", "Kebijakan Kepala Daerah", "Disposisi");
    assertThat(komponen.get(2).path("label").asText()).startsWith("Apa hasil langkah ini?");
    assertThat(komponen.get(2).path("description").asText()).isEqualTo("Hasil yang diminta SOP: Agenda koordinasi internal");
    assertThat(komponen.get(2).path("validate").path("required").asBoolean()).isTrue();

    assertThat(peringatan(json)).filteredOn(p -> p.contains("sesuai kebutuhan")).hasSize(3)
        .allMatch(p -> p.matches("Langkah (3|7|9) \\(baris \\d+\\) dilaksanakan sesuai kebutuhan.*"));
    assertThat(peringatan(json)).anyMatch(p -> p.startsWith("Baris 3 dilewati: tanpa nomor dan tanpa pelaksana"));
    assertThat(json.path("peringatan").findValuesAsText("elemen")).contains("Task_L03_MelaksanakanAnalisisKajian");
  }

  @Test
  void aDraftDeployedUnderAnotherId_startsAndRoutesItsFirstStepWithItsDueDate() throws Exception {
    String id = "uji-impor-" + Long.toString(System.nanoTime(), 36);
    JsonNode draf = JSON.readTree(imporTabel("ketapang-asistensi-perencanaan.csv", "ketapang", id).body());
    ObjectNode terapkan = JSON.createObjectNode();
    terapkan.put("tenant", "ketapang");
    terapkan.set("berkas", draf.path("berkas"));
    HttpResponse<String> diterapkan = http.post("/modeler/api/deploy", ADMIN, "application/json",
        JSON.writeValueAsString(terapkan));
    assertThat(diterapkan.statusCode()).as(diterapkan.body()).isEqualTo(201);

    HttpResponse<String> mulai = http.post("/engine-rest/process-definition/key/" + id + "/tenant-id/ketapang/start",
        "kabid.ketapang:demo", "application/json", "{}");
    assertThat(mulai.statusCode()).as(mulai.body()).isEqualTo(200);
    String instans = JSON.readTree(mulai.body()).path("id").asText();
    Task pertama = tasks.createTaskQuery().processInstanceId(instans).singleResult();
    assertThat(pertama.getTaskDefinitionKey()).isEqualTo("Task_L01_MengidentifikasiIsuStrategis");
    assertThat(pertama.getTenantId()).isEqualTo("ketapang");
    assertThat(tasks.getIdentityLinksForTask(pertama.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("ketapang-kabid");
    assertThat(pertama.getDueDate()).isNotNull();
    assertThat(pertama.getDueDate().toInstant()).isCloseTo(kalender.untuk("ketapang")
        .tambah(pertama.getCreateTime().toInstant(), DurasiKerja.parse("PT300M")), within(2));
    assertThat(tasks.createTaskQuery().processInstanceId(instans).taskCandidateUser("kabid.ketapang").count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(instans).taskCandidateUser("fungsional.umum.ketapang").count())
        .isZero();
    assertThat(http.post("/engine-rest/process-definition/key/" + id + "/tenant-id/ketapang/start",
        "fungsional.umum.ketapang:demo", "application/json", "{}").statusCode()).as("only the first lane starts it")
        .isEqualTo(403);
  }

  private static org.assertj.core.data.TemporalUnitOffset within(long detik) {
    return new org.assertj.core.data.TemporalUnitWithinOffset(detik, java.time.temporal.ChronoUnit.SECONDS);
  }

  @Test
  void aPerformerWithoutGroup_aProposedGroupWithAWarning_createdOnlyOnDeploy() throws Exception {
    String csv = "No;Kegiatan;Satpol PP Uji Impor;BAPPERIDA;Kelengkapan;Waktu;Output\n"
        + "1;Menertibkan lapak;X;;Surat tugas;1 Minggu;Berita acara\n"
        + "2;Melaporkan hasil;;X;;Setiap bulan;Laporan\n";
    HttpResponse<String> jawaban = impor(ADMIN, isian("bogor", "uji-impor-satpol", "Penertiban"), "sop.csv",
        "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(jawaban.statusCode()).as(jawaban.body()).isEqualTo(200);
    JsonNode json = JSON.readTree(jawaban.body());
    assertThat(peringatan(json)).anyMatch(p -> p.startsWith("Pelaksana 'Satpol PP Uji Impor' belum punya kelompok"
        + " di instansi ini: diusulkan kelompok 'bogor-satpol-pp-uji-impor'"));
    List<PenerapanModeler.Berkas> berkas = berkas(json);
    UserTask satu = model(berkas).getModelElementById("Task_L01_MenertibkanLapak");
    assertThat(satu.getCamundaCandidateGroups()).isEqualTo("bogor-satpol-pp-uji-impor");
    assertThat(model(berkas).<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("uji-impor-satpol")
        .getCamundaCandidateStarterGroups()).isEqualTo("bogor-satpol-pp-uji-impor");
    assertThat(berkas.get(0).isi()).contains("<camunda:property name=\"sop.waktu\" value=\"R/P1M\" />");
    assertThat(penerapan.periksa("bogor", berkas)).noneMatch(Temuan::isGalat);
    assertThat(identity.createGroupQuery().groupId("bogor-satpol-pp-uji-impor").count()).isZero();
  }

  @Test
  void xlsxWithTheTwoHeaderRows() throws Exception {
    HttpResponse<String> jawaban = impor(ADMIN, isian("ketapang", "uji-impor-xlsx", "Uji XLSX"), "SOP Bidang.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TabelSopTest.xlsx());
    assertThat(jawaban.statusCode()).as(jawaban.body()).isEqualTo(200);
    List<PenerapanModeler.Berkas> berkas = berkas(JSON.readTree(jawaban.body()));
    assertThat(berkas).extracting(PenerapanModeler.Berkas::nama).containsExactly("processes/uji-impor-xlsx.bpmn",
        "forms/uji-impor-xlsx/uji-impor-xlsx-l1.form", "forms/uji-impor-xlsx/uji-impor-xlsx-l2.form",
        "forms/uji-impor-xlsx/uji-impor-xlsx-l3.form");
    assertThat(model(berkas).getModelElementsByType(Lane.class)).extracting(Lane::getName)
        .containsExactly("Kepala Bidang", "Staf", "OPD");
    assertThat(berkas.get(0).isi()).contains("value=\"PT7350M\"", "value=\"P2D\"");
    assertThat(penerapan.periksa("ketapang", berkas)).noneMatch(Temuan::isGalat);
  }

  static Stream<String[]> tabelBuruk() {
    String judul = "No;Kegiatan;Kabid Pemerintahan dan Sosial Budaya;OPD;Kelengkapan;Waktu;Output\n";
    return Stream.of(
        new String[] {"Kegiatan;OPD\n1;X\n", "Tabel SOP tidak memiliki baris judul kolom"},
        new String[] {judul + "1;Menerima;;;;;\n", "Baris 2, kolom Pelaksana: langkah 1 tidak memiliki tanda pelaksana"},
        new String[] {judul + "1;Menerima;X;X;;;\n", "Baris 2, kolom Pelaksana: langkah 1 bertanda pada lebih dari satu"},
        new String[] {judul + "1;Menerima;X;;;5 menit;\n2;Rapat;;X;;3 jam kerja;\n",
            "Baris 3, kolom Waktu: '3 jam kerja' bukan waktu yang dikenal"},
        new String[] {judul + "1;;X;;;;\n", "Baris 2, kolom Kegiatan: kegiatan langkah 1 kosong"});
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("tabelBuruk")
  void aBadTable_refusedWholeNamingRowAndColumn_nothingCreated(String csv, String pesan) throws Exception {
    long penerapanSebelum = repository.createDeploymentQuery().count();
    HttpResponse<String> jawaban = impor(ADMIN, isian("ketapang", "uji-impor-buruk", "Buruk"), "sop.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(jawaban.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(jawaban.body()).path("message").asText()).startsWith(pesan);
    assertThat(jawaban.body()).doesNotContain("\"berkas\":[");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(penerapanSebelum);
  }

  @Test
  void theRequestItself_checked() throws Exception {
    byte[] csv = Files.readAllBytes(TABEL.resolve("lamandau-bantuan-uep.csv"));
    HttpResponse<String> bukanAdmin = impor("bapperida.bogor:demo", isian("lamandau", "uji-impor", "Uji"), "sop.csv",
        "text/csv", csv);
    assertThat(bukanAdmin.statusCode()).isEqualTo(403);

    HttpResponse<String> besar = impor(ADMIN, isian("lamandau", "uji-impor", "Uji"), "sop.csv", "text/csv",
        new byte[ImporSop.UKURAN_MAKS + 1]);
    assertThat(besar.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(besar.body()).path("message").asText()).contains("terlalu besar");

    HttpResponse<String> pdf = impor(ADMIN, isian("lamandau", "uji-impor", "Uji"), "sop.pdf", "application/pdf",
        "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
    assertThat(pdf.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(pdf.body()).path("message").asText()).contains("CSV (.csv) atau Excel (.xlsx)");

    HttpResponse<String> tanpaBerkas = impor(ADMIN, isian("lamandau", "uji-impor", "Uji"), null, null, null);
    assertThat(tanpaBerkas.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(tanpaBerkas.body()).path("message").asText()).contains("berkas");

    HttpResponse<String> instansi = impor(ADMIN, isian("jakarta", "uji-impor", "Uji"), "sop.csv", "text/csv", csv);
    assertThat(instansi.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(instansi.body()).path("message").asText()).contains("Instansi 'jakarta' tidak dikenal");

    HttpResponse<String> idSalah = impor(ADMIN, isian("lamandau", "Uji Impor", "Uji"), "sop.csv", "text/csv", csv);
    assertThat(idSalah.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(idSalah.body()).path("message").asText()).startsWith("Id proses harus huruf kecil");

    HttpResponse<String> json = http.post("/modeler/api/impor-sop", ADMIN, "application/json", "{}");
    assertThat(json.statusCode()).isEqualTo(415);

    // from the browser: the webapps' session, and the CSRF token for this write as for any other
    TestHttp.Sesi sesi = http.masukWebapp("demo", "welcome");
    String batas = "----alursop" + UUID.randomUUID();
    byte[] isi = multipart(batas, isian("lamandau", "uji-impor", "Uji"), "sop.csv", "text/csv", csv);
    HttpResponse<String> tanpaToken = sesi.post("/modeler/api/impor-sop", "multipart/form-data; boundary=" + batas,
        new String(isi, StandardCharsets.UTF_8), false);
    assertThat(tanpaToken.statusCode()).isEqualTo(403);
    HttpResponse<String> denganToken = sesi.post("/modeler/api/impor-sop", "multipart/form-data; boundary=" + batas,
        new String(isi, StandardCharsets.UTF_8), true);
    assertThat(denganToken.statusCode()).as(denganToken.body()).isEqualTo(200);
  }
}
