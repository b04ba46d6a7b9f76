package id.alursop.kampungnol;

import static id.alursop.kampungnol.KampungNolSkenario.baris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Kelompok;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Matriks Kontribusi of stage 4 names, per need, one of Kota Bogor's parties; each
 * intervention is then a task for that party's group alone (issue 17).
 */
@AlurSopTest
class MatriksKontribusiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KELURAHAN = "Kedung Badak";
  private static final String PERKIM = "bogor-dinas-perumahan-permukiman";
  private static final String DISDIK = "bogor-dinas-pendidikan";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DaftarInstansi instansi;
  @Autowired ProgramRepository program;
  @Autowired IntervensiRepository intervensi;

  @Test
  void bogorsPartiesAreTheFormsOptions_asTasklistReadsThem() throws Exception {
    List<Kelompok> pihak = instansi.pihak("bogor");
    assertThat(pihak).extracting(Kelompok::nama).contains("Dinas Perumahan dan Permukiman", "Dinas PUPR",
        "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Sosial", "Dinas Koperasi dan UMKM", "Baznas Kota Bogor",
        "Mitra CSR");
    assertThat(instansi.cari("bogor").orElseThrow().penggunaDemo()).as("a demo user per party")
        .flatExtracting(p -> p.kelompok()).containsAll(pihak.stream().map(Kelompok::id).toList());

    KampungNolSkenario s = new KampungNolSkenario(engine, KELURAHAN);
    s.sampaiRapatKoordinasi();
    Task rapat = s.satuTugas("Task_RapatKoordinasiLintasOpd");
    // as Tasklist asks (camunda-tasklist-bootstrap.js: formVariables({deserializeValues: false})), then
    // JSON.parse of a Json variable's value before form-js reads a select's valuesKey
    HttpResponse<String> r = new TestHttp(port).get("/engine-rest/task/" + rapat.getId()
        + "/form-variables?deserializeValues=false", "bapperida.bogor:demo");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode variabel = JSON.readTree(r.body()).path(RencanaIntervensi.PILIHAN_PIHAK);
    assertThat(variabel.path("type").asText()).as("Tasklist parses a Json variable").isEqualTo("Json");
    List<Map<String, String>> pilihan = new ArrayList<>();
    JsonNode nilai = variabel.path("value");
    (nilai.isTextual() ? JSON.readTree(nilai.asText()) : nilai).forEach(
        o -> pilihan.add(Map.of("label", o.path("label").asText(), "value", o.path("value").asText())));
    assertThat(pilihan).as("the options are organisasi/bogor.yaml's parties, in its order")
        .containsExactlyElementsOf(pihak.stream().map(k -> Map.of("label", k.nama(), "value", k.id())).toList());

    JsonNode form = JSON.readTree(Files.readString(Path.of("forms/kampung-nol/kampung-nol-rapat-koordinasi.form")));
    JsonNode pelaksana = form.findParents("key").stream().filter(c -> "pelaksana".equals(c.path("key").asText()))
        .findFirst().orElseThrow();
    assertThat(pelaksana.path("type").asText()).isEqualTo("select");
    assertThat(pelaksana.path("valuesKey").asText()).as("the select reads the options the engine gives")
        .isEqualTo(RencanaIntervensi.PILIHAN_PIHAK);
    assertThat(pelaksana.has("values")).as("no static options that could drift from bogor.yaml").isFalse();
  }

  @Test
  void eachInterventionIsATaskForTheMatrixPartyAlone_anotherOpdCannotSeeOrClaimIt() throws Exception {
    KampungNolSkenario s = new KampungNolSkenario(engine, KELURAHAN);
    s.sampaiIntervensi();
    List<Task> tugas = s.tugas("Task_PelaksanaanIntervensi");
    assertThat(tugas).extracting(t -> kandidat(t.getId())).containsExactlyInAnyOrder(List.of(PERKIM), List.of(DISDIK));
    Task hunian = tugas.stream().filter(t -> kandidat(t.getId()).contains(PERKIM)).findFirst().orElseThrow();
    assertThat(engine.getTaskService().getVariable(hunian.getId(), "kasus")).as("its card names the case")
        .isEqualTo("Perbaikan hunian · Kepala Keluarga · RT 001/RW 005");

    TestHttp http = new TestHttp(port);
    String daftar = "/engine-rest/task?processInstanceId=" + s.instance.getId()
        + "&taskDefinitionKey=Task_PelaksanaanIntervensi&maxResults=10";
    assertThat(ids(http.get(daftar, "disperkim.bogor:demo"))).containsExactly(hunian.getId());
    assertThat(ids(http.get(daftar, "disdik.bogor:demo"))).hasSize(1).doesNotContain(hunian.getId());
    for (String lain : List.of("dinkes.bogor", "baznas.bogor", "opdterkait.bogor", "mitra.bogor")) {
      assertThat(ids(http.get(daftar, lain + ":demo"))).as("%s sees no intervention of another party", lain).isEmpty();
    }
    assertThat(http.get("/engine-rest/task/" + hunian.getId(), "disdik.bogor:demo").statusCode()).isIn(403, 404);
    assertThat(http.post("/engine-rest/task/" + hunian.getId() + "/claim", "disdik.bogor:demo", "application/json",
        "{\"userId\":\"disdik.bogor\"}").statusCode()).as("another OPD cannot claim it").isIn(403, 404);
    assertThat(http.post("/engine-rest/task/" + hunian.getId() + "/complete", "opdterkait.bogor:demo",
        "application/json", selesai()).statusCode()).as("nor complete it").isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(hunian.getId()).singleResult().getAssignee()).isNull();

    assertThat(http.post("/engine-rest/task/" + hunian.getId() + "/claim", "disperkim.bogor:demo", "application/json",
        "{\"userId\":\"disperkim.bogor\"}").statusCode()).isEqualTo(204);
    id.alursop.FotoUji.lampirkan(engine, hunian);
    HttpResponse<String> ok = http.post("/engine-rest/task/" + hunian.getId() + "/complete", "disperkim.bogor:demo",
        "application/json", selesai());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(intervensi.findByProgramIdOrderById(programId))
        .extracting(Intervensi::getJenis, Intervensi::getKelompok, Intervensi::getStatus)
        .containsExactly(tuple(Kebutuhan.HUNIAN, PERKIM, StatusIntervensi.SELESAI),
            tuple(Kebutuhan.PENDIDIKAN, DISDIK, StatusIntervensi.BERJALAN));
  }

  @Test
  void nextRound_goesToTheSameParties() {
    KampungNolSkenario s = new KampungNolSkenario(engine, KELURAHAN);
    s.sampaiIntervensi();
    // partly done: both needs are open again for the next round
    s.selesaikanSemua("Task_PelaksanaanIntervensi", KampungNolSkenario.dicatat(Map.of("laporanPelaksanaan", "Baru sebagian dikerjakan",
        "hasilIntervensi", "sebagian", "tanggalPelaksanaan", "2027-01-15")));
    s.bulanBerikutnya();
    s.surveiUlangSemua(true);
    s.selesaikan("Task_MonitoringEvaluasi", KampungNolSkenario.monev("lanjutkan", null));
    assertThat(s.tugas("Task_PelaksanaanIntervensi")).extracting(t -> kandidat(t.getId()))
        .containsExactlyInAnyOrder(List.of(PERKIM), List.of(DISDIK));
  }

  @Test
  void aPerformerThatIsNoPartyOfBogor_400NamingRowAndField_nothingStored() throws Exception {
    KampungNolSkenario s = new KampungNolSkenario(engine, KELURAHAN);
    s.sampaiRapatKoordinasi();
    Task rapat = s.satuTugas("Task_RapatKoordinasiLintasOpd");
    s.foto(rapat);
    String matriks = JSON.writeValueAsString(List.of(baris("hunian", "bogor-opd-terkait"),
        baris("pendidikan", "ketapang-opd-dinas-pendidikan")));
    String isian = "{\"variables\":{\"nomorBeritaAcara\":{\"value\":\"BA/02/2026\"},"
        + "\"catatanLogbook\":{\"value\":\"Rapat koordinasi\"},"
        + "\"tanggalRapat\":{\"value\":\"2026-12-08\"},"
        + "\"matriksKontribusi\":{\"type\":\"Json\",\"value\":" + JSON.writeValueAsString(matriks) + "}}}";

    HttpResponse<String> r = new TestHttp(port).post("/engine-rest/task/" + rapat.getId() + "/complete",
        "bapperida.bogor:demo", "application/json", isian);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("errors").findValuesAsText("field"))
        .containsExactly("matriksKontribusi[0].pelaksana", "matriksKontribusi[1].pelaksana");
    assertThat(body.path("message").asText()).contains("Matriks Kontribusi baris 1: OPD atau mitra pelaksana harus salah satu");
    assertThat(s.satuTugas("Task_RapatKoordinasiLintasOpd").getId()).as("task kept").isEqualTo(rapat.getId());
    assertThat(engine.getRuntimeService().getVariable(s.instance.getId(), "matriksKontribusi")).as("nothing stored")
        .isNull();
    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(intervensi.findByProgramIdOrderById(programId)).isEmpty();
  }

  @Test
  void aNeedTwiceOrAPerformerMissing_refused() {
    KampungNolSkenario s = new KampungNolSkenario(engine, KELURAHAN);
    s.sampaiRapatKoordinasi();
    assertThatThrownBy(() -> s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi(
        List.of(baris("hunian", PERKIM), baris("pendidikan", DISDIK), baris("hunian", "bogor-baznas")))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Matriks Kontribusi baris 3: Kebutuhan 'Perbaikan hunian' sudah ada di baris 1")
        .satisfies(e -> assertThat(((FormValidationException) e).getPelanggaran()).extracting(Pelanggaran::field)
            .containsExactly("matriksKontribusi[2].kebutuhan"));
    assertThatThrownBy(() -> s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi(
        List.of(baris("hunian", PERKIM), Map.of("kebutuhan", "pendidikan")))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("OPD atau mitra pelaksana wajib diisi");
    assertThat(s.satuTugas("Task_RapatKoordinasiLintasOpd")).isNotNull();
  }

  /** A programme whose matrix was typed as free text before keeps its text and its former routing. */
  @Test
  void aMatrixTypedBefore_keepsItsText_interventionsForOpdTerkaitAndMitra() {
    KampungNolSkenario s = new KampungNolSkenario(engine, KELURAHAN);
    s.sampaiRapatKoordinasi();
    engine.getRuntimeService().setVariables(s.instance.getId(), Map.of("pelaksanaHunian", "Dinas Perkim",
        "pelaksanaPendidikan", "Disdik Kota Bogor"));
    s.selesaikan("Task_RapatKoordinasiLintasOpd", Map.of("nomorBeritaAcara", "BA/03/2026", "tanggalRapat",
        "2026-12-08", "catatanLogbook", "Rapat koordinasi"));
    s.selesaikan("Task_KickOffKolaborasi", KampungNolSkenario.kickOff());

    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(intervensi.findByProgramIdOrderById(programId))
        .extracting(Intervensi::getPelaksana, Intervensi::getKelompok)
        .containsExactly(tuple("Dinas Perkim", null), tuple("Disdik Kota Bogor", null));
    assertThat(s.tugas("Task_PelaksanaanIntervensi")).extracting(t -> kandidat(t.getId()))
        .containsOnly(List.of("bogor-mitra", "bogor-opd-terkait"));
  }

  private List<String> kandidat(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).sorted().toList();
  }

  private static List<String> ids(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(r.body()).forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  private static String selesai() {
    return "{\"variables\":{\"catatanLogbook\":{\"value\":\"Rumah diperbaiki\"},\"laporanPelaksanaan\":{\"value\":\"Rumah diperbaiki\"},"
        + "\"hasilIntervensi\":{\"value\":\"selesai\"},\"tanggalPelaksanaan\":{\"value\":\"2027-01-15\"}}}";
  }
}
