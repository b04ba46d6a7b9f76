package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The modeler's API: admins only, list, check, diff, deploy a new version per agency, template. */
@AlurSopTest
class ModelerApiTest {

  private static final String ADMIN = "demo:demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  private HttpResponse<String> post(String path, String login, Object body) throws Exception {
    return http.post(path, login, "application/json", JSON.writeValueAsString(body));
  }

  private static ObjectNode permintaan(String tenant, String nama, String isi) {
    ObjectNode body = JSON.createObjectNode();
    body.put("tenant", tenant);
    ArrayNode berkas = body.putArray("berkas");
    berkas.addObject().put("nama", nama).put("isi", isi);
    return body;
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void onlyAdministrators() throws Exception {
    assertThat(http.get("/modeler", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/modeler", null).headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(http.get("/modeler/api/models", "tidak.ada:demo").statusCode()).isEqualTo(401);
    HttpResponse<String> bukanAdmin = http.get("/modeler/api/models", "bapperida.bogor:demo");
    assertThat(bukanAdmin.statusCode()).isEqualTo(403);
    assertThat(json(bukanAdmin).path("message").asText()).contains("hanya untuk administrator");
    assertThat(http.get("/modeler", "pengawas.bogor:demo").statusCode()).isEqualTo(403);
    assertThat(post("/modeler/api/deploy", "bapperida.bogor:demo",
        permintaan("bogor", "processes/x.bpmn", ContohBpmn.proses("x"))).statusCode()).isEqualTo(403);

    HttpResponse<String> halaman = http.get("/modeler", ADMIN);
    assertThat(halaman.statusCode()).isEqualTo(200);
    assertThat(halaman.body()).contains("Modeler SOP", "/modeler/app.js");
  }

  @Test
  void sessionOfTheCamundaWebappsIsEnough() throws Exception {
    HttpResponse<String> daftar = http.masukWebapp("demo", "welcome").get("/modeler/api/models?tenant=bogor");
    assertThat(daftar.statusCode()).isEqualTo(200);
    assertThat(json(daftar).path("pengguna").asText()).isEqualTo("demo");
  }

  @Test
  void listsProcessesDecisionsAndFormsPerAgencyWithVersions() throws Exception {
    JsonNode semua = json(http.get("/modeler/api/models", ADMIN));
    assertThat(semua.path("instansi").findValuesAsText("id"))
        .containsExactlyInAnyOrder("bogor", "ketapang", "lamandau", "bartim", "contoh");
    JsonNode model = semua.path("model");
    assertThat(cari(model, "bpmn", "kampung-nol-kemiskinan-ekstrem", "bogor")).isNotNull();
    assertThat(cari(model, "bpmn", "tinjauan-berjenjang", "ketapang")).isNotNull();
    assertThat(cari(model, "dmn", "uep-kelayakan", "lamandau")).isNotNull();
    assertThat(cari(model, "form", "kampung-nol-mulai", "bogor")).isNotNull();
    JsonNode bersama = cari(model, "form", "tinjauan-dokumen", null);
    assertThat(bersama).isNotNull();
    JsonNode versi = bersama.path("versi").get(0);
    assertThat(versi.path("versi").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(versi.path("sumber").asText()).isEqualTo("alur-sop");
    assertThat(versi.path("waktu").asText()).isNotBlank();

    JsonNode bogor = json(http.get("/modeler/api/models?tenant=bogor", ADMIN)).path("model");
    assertThat(bogor.findValuesAsText("tenant")).containsOnly("bogor");
    assertThat(cari(bogor, "bpmn", "ketapang-asistensi-perencanaan", "ketapang")).isNull();
    JsonNode hanyaBersama = json(http.get("/modeler/api/models?tenant=bersama", ADMIN)).path("model");
    assertThat(hanyaBersama).isNotEmpty().allSatisfy(m -> assertThat(m.path("tenant").isNull()).isTrue());
    assertThat(http.get("/modeler/api/models?tenant=jakarta", ADMIN).statusCode()).isEqualTo(400);

    String id = cari(model, "bpmn", "kampung-nol-kemiskinan-ekstrem", "bogor").path("versi").get(0).path("id").asText();
    JsonNode isi = json(http.get("/modeler/api/models/bpmn/" + id, ADMIN));
    assertThat(isi.path("resource").asText()).isEqualTo("processes/kampung-nol-kemiskinan-ekstrem.bpmn");
    assertThat(isi.path("isi").asText()).contains("<bpmn:process id=\"kampung-nol-kemiskinan-ekstrem\"");
    String formId = bersama.path("versi").get(0).path("id").asText();
    assertThat(json(http.get("/modeler/api/models/form/" + formId, ADMIN)).path("isi").asText())
        .contains("\"id\": \"tinjauan-dokumen\"");
    assertThat(http.get("/modeler/api/models/bpmn/tidak-ada", ADMIN).statusCode()).isEqualTo(404);
  }

  private static JsonNode cari(JsonNode model, String jenis, String key, String tenant) {
    for (JsonNode m : model) {
      if (m.path("jenis").asText().equals(jenis) && m.path("key").asText().equals(key)
          && (tenant == null ? m.path("tenant").isNull() : tenant.equals(m.path("tenant").asText()))) {
        return m;
      }
    }
    return null;
  }

  @Test
  void deployCreatesANewVersionForTheAgencyAndRunningInstancesKeepTheirs() throws Exception {
    String key = "uji-modeler-" + UUID.randomUUID().toString().substring(0, 8);
    String nama = "processes/" + key + ".bpmn";
    String v1 = ContohBpmn.proses(key);

    HttpResponse<String> pertama = post("/modeler/api/deploy", ADMIN, permintaan("bogor", nama, v1));
    assertThat(pertama.statusCode()).as(pertama.body()).isEqualTo(201);
    JsonNode hasil1 = json(pertama);
    assertThat(hasil1.path("berubah").asBoolean()).isTrue();
    assertThat(hasil1.path("definisi").get(0).path("versi").asInt()).isEqualTo(1);
    ProcessDefinition definisi1 = repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
    assertThat(definisi1.getTenantId()).isEqualTo("bogor");
    assertThat(repository.createDeploymentQuery().deploymentId(definisi1.getDeploymentId()).singleResult().getSource())
        .isEqualTo(PenerapanModeler.SUMBER);
    ProcessInstance berjalan = runtime.createProcessInstanceByKey(key).processDefinitionTenantId("bogor").execute();

    // what changed against the deployed version
    String v2 = v1.replace("name=\"Identifikasi lokasi\"", "name=\"Identifikasi lokasi prioritas\"")
        .replace("value=\"P2D\"", "value=\"P3D\"");
    JsonNode beda = json(post("/modeler/api/diff", ADMIN, permintaan("bogor", nama, v2)));
    assertThat(beda.path("dasar").path("versi").asInt()).isEqualTo(1);
    JsonNode perbedaan = beda.path("perbedaan");
    assertThat(perbedaan.path("sama").asBoolean()).isFalse();
    assertThat(perbedaan.path("diubahNama")).singleElement().satisfies(p -> {
      assertThat(p.path("id").asText()).isEqualTo("Task_Langkah1");
      assertThat(p.path("jenis").asText()).isEqualTo("userTask");
      assertThat(p.path("lama").asText()).isEqualTo("Identifikasi lokasi");
      assertThat(p.path("baru").asText()).isEqualTo("Identifikasi lokasi prioritas");
    });
    assertThat(perbedaan.path("diubah").findValuesAsText("id")).containsExactly("Task_Langkah1");
    assertThat(perbedaan.path("ditambah")).isEmpty();
    assertThat(perbedaan.path("baris").findValuesAsText("op")).contains("+", "-");

    HttpResponse<String> kedua = post("/modeler/api/deploy", ADMIN, permintaan("bogor", nama, v2));
    assertThat(kedua.statusCode()).as(kedua.body()).isEqualTo(201);
    assertThat(json(kedua).path("definisi").get(0).path("versi").asInt()).isEqualTo(2);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(berjalan.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(definisi1.getId());
    ProcessInstance baru = runtime.createProcessInstanceByKey(key).processDefinitionTenantId("bogor").execute();
    ProcessDefinition definisi2 = repository.getProcessDefinition(baru.getProcessDefinitionId());
    assertThat(definisi2.getVersion()).isEqualTo(2);
    // leave no open tasks behind for the other tests
    runtime.deleteProcessInstances(List.of(berjalan.getId(), baru.getId()), "uji modeler", true, true);

    // unchanged: no new version
    HttpResponse<String> sama = post("/modeler/api/deploy", ADMIN, permintaan("bogor", nama, v2));
    assertThat(sama.statusCode()).isEqualTo(200);
    assertThat(json(sama).path("berubah").asBoolean()).isFalse();
    assertThat(json(sama).path("message").asText()).startsWith("Tidak ada perubahan");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(2);
    assertThat(json(post("/modeler/api/diff", ADMIN, permintaan("bogor", nama, v2))).path("perbedaan").path("sama")
        .asBoolean()).isTrue();

    // who deployed, when
    assertThat(jdbc.queryForObject("select pengguna from modeler_penerapan where deployment_id = ?", String.class,
        definisi2.getDeploymentId())).isEqualTo("demo");
    JsonNode versi = cari(json(http.get("/modeler/api/models?tenant=bogor", ADMIN)).path("model"), "bpmn", key, "bogor")
        .path("versi");
    assertThat(versi.findValuesAsText("versi")).containsExactly("2", "1");
    assertThat(versi.findValuesAsText("oleh")).containsExactly("demo", "demo");
    assertThat(versi.get(0).path("waktu").asText()).isNotBlank();
    JsonNode riwayat = json(http.get("/modeler/api/history", ADMIN));
    assertThat(riwayat.findValuesAsText("deploymentId")).contains(definisi2.getDeploymentId());
    assertThat(riwayat.get(0).path("oleh").asText()).isEqualTo("demo");

    // the same key for another agency is another definition, version 1
    HttpResponse<String> ketapang = post("/modeler/api/deploy", ADMIN,
        permintaan("ketapang", nama, v2.replace("bogor-bapperida", "ketapang-kabid").replace("kampung-nol-mulai", "ketapang-mulai")
            .replace("name=\"BAPPERIDA\"", "name=\"Kabid Pemerintahan dan Sosial Budaya\"")));
    assertThat(ketapang.statusCode()).as(ketapang.body()).isEqualTo(201);
    assertThat(json(ketapang).path("definisi").get(0).path("versi").asInt()).isEqualTo(1);
  }

  @Test
  void errorsBlockTheDeployWith400() throws Exception {
    String key = "uji-modeler-galat-" + UUID.randomUUID().toString().substring(0, 8);
    String rusak = ContohBpmn.proses(key).replace("bogor-bapperida", "bogor-tidak-ada")
        .replace("value=\"P2D\"", "value=\"dua hari\"").replace("Flow_KeSelesai", "Flow_0abc123");
    HttpResponse<String> ditolak = post("/modeler/api/deploy", ADMIN,
        permintaan("bogor", "processes/" + key + ".bpmn", rusak));
    assertThat(ditolak.statusCode()).isEqualTo(400);
    JsonNode body = json(ditolak);
    assertThat(body.path("message").asText()).isEqualTo("Model tidak diterapkan: 2 galat konvensi SOP harus diperbaiki dulu.");
    assertThat(body.path("galat").findValuesAsText("pesan")).containsExactlyInAnyOrder(
        "Kelompok kandidat 'bogor-tidak-ada' pada tugas 'Identifikasi lokasi' tidak ada (buat dulu di Camunda Admin, "
            + "atau gambar tugas itu di lajur pelaksananya).",
        "sop.waktu 'dua hari' pada 'Identifikasi lokasi' bukan durasi ISO-8601 (mis. PT300M, P2D, P1W), siklus (R/P1M) atau ekspresi ${…}.");
    assertThat(body.path("peringatan").findValuesAsText("elemen")).containsExactly("Flow_0abc123");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

    // the check alone answers 200 with the same findings
    JsonNode periksa = json(post("/modeler/api/check", ADMIN, permintaan("bogor", "processes/" + key + ".bpmn", rusak)));
    assertThat(periksa.path("galat")).hasSize(2);
    assertThat(periksa.path("peringatan")).hasSize(1);

    // a form that is in the same deployment counts
    String denganFormBaru = ContohBpmn.proses(key).replace("kampung-nol-mulai", key + "-form");
    ObjectNode bersamaForm = permintaan("bogor", "processes/" + key + ".bpmn", denganFormBaru);
    assertThat(post("/modeler/api/deploy", ADMIN, bersamaForm).statusCode()).isEqualTo(400);
    ((ArrayNode) bersamaForm.path("berkas")).addObject().put("nama", "forms/uji/" + key + ".form")
        .put("isi", "{\"type\":\"default\",\"id\":\"" + key + "-form\",\"components\":[]}");
    HttpResponse<String> diterima = post("/modeler/api/deploy", ADMIN, bersamaForm);
    assertThat(diterima.statusCode()).as(diterima.body()).isEqualTo(201);
    assertThat(json(diterima).path("definisi").findValuesAsText("jenis")).containsExactlyInAnyOrder("bpmn", "form");

    // refused requests
    assertThat(post("/modeler/api/deploy", ADMIN, permintaan("jakarta", "processes/" + key + ".bpmn", denganFormBaru))
        .statusCode()).isEqualTo(400);
    assertThat(json(post("/modeler/api/deploy", ADMIN, permintaan("bersama", "processes/" + key + ".bpmn", denganFormBaru)))
        .path("galat").findValuesAsText("pesan")).singleElement().asString().contains("diterapkan untuk satu instansi");
    assertThat(post("/modeler/api/deploy", ADMIN, permintaan("bogor", "../rahasia.bpmn", denganFormBaru))
        .statusCode()).isEqualTo(400);
    assertThat(http.post("/modeler/api/deploy", ADMIN, "text/plain", "x").statusCode()).isEqualTo(415);
  }

  @Test
  void aNewSopFromTheTemplate() throws Exception {
    String key = "bogor-uji-templat-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode sop = JSON.createObjectNode().put("tenant", "bogor").put("id", key).put("nama", "Uji Templat & Lajur")
        .put("pemulai", "BAPPERIDA");
    sop.putArray("lajur").add("BAPPERIDA").add("Petugas Loket Uji").add("Kepala Dinas Uji");
    HttpResponse<String> response = post("/modeler/api/new", ADMIN, sop);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode templat = json(response);
    assertThat(templat.path("nama").asText()).isEqualTo("processes/" + key + ".bpmn");
    String xml = templat.path("isi").asText();
    assertThat(xml).contains("<bpmn:lane id=\"Lane_BAPPERIDA\" name=\"BAPPERIDA\">", "name=\"Kepala Dinas Uji\"",
        "name=\"Uji Templat &amp; Lajur\"", "camunda:historyTimeToLive=\"1825\"",
        "camunda:candidateStarterGroups=\"bogor-bapperida\"");
    JsonNode periksa = json(post("/modeler/api/check", ADMIN, permintaan("bogor", templat.path("nama").asText(), xml)));
    assertThat(periksa.path("galat")).isEmpty();
    assertThat(periksa.path("peringatan").findValuesAsText("pesan")).containsExactly(
        "Lajur 'Petugas Loket Uji' belum punya kelompok: kelompok 'bogor-petugas-loket-uji' akan dibuat saat diterapkan.",
        "Lajur 'Kepala Dinas Uji' belum punya kelompok: kelompok 'bogor-kepala-dinas-uji' akan dibuat saat diterapkan.");
    HttpResponse<String> tanpaPersetujuan = post("/modeler/api/deploy", ADMIN,
        permintaan("bogor", templat.path("nama").asText(), xml));
    assertThat(tanpaPersetujuan.statusCode()).isEqualTo(409);
    assertThat(json(tanpaPersetujuan).path("kelompokBaru").findValuesAsText("id"))
        .containsExactly("bogor-petugas-loket-uji", "bogor-kepala-dinas-uji");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(post("/modeler/api/deploy", ADMIN, permintaan("bogor", templat.path("nama").asText(), xml)
        .put("buatKelompok", true)).statusCode()).isEqualTo(201);
    assertThat(json(post("/modeler/api/new", ADMIN, sop)).path("sudahAda").asBoolean()).isTrue();

    sop.put("id", "Bukan Id");
    assertThat(json(post("/modeler/api/new", ADMIN, sop)).path("message").asText()).contains("Id proses harus");
    sop.put("id", key).put("pemulai", "Bukan Lajur");
    assertThat(json(post("/modeler/api/new", ADMIN, sop)).path("message").asText()).contains("Pilih lajur");
    sop.put("pemulai", "BAPPERIDA").putArray("lajur");
    assertThat(post("/modeler/api/new", ADMIN, sop).statusCode()).isEqualTo(400);
    assertThat(post("/modeler/api/new", ADMIN, sop.put("tenant", "bersama")).statusCode()).isEqualTo(400);
  }

  @Test
  void diffOfAModelNeverDeployed() throws Exception {
    JsonNode beda = json(post("/modeler/api/diff", ADMIN,
        permintaan("bogor", "processes/belum-ada.bpmn", ContohBpmn.proses("belum-ada-" + UUID.randomUUID()))));
    assertThat(beda.path("dasar").isNull()).isTrue();
    assertThat(beda.path("perbedaan").path("ditambah").findValuesAsText("id")).contains("Task_Langkah1", "Lane_Bapperida");
    assertThat(List.of(beda.path("perbedaan").path("baris").get(0).path("op").asText())).containsExactly("+");
  }
}
