package id.alursop.uep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import id.alursop.tinjauan.PengembalianRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bantuan UEP on the real engine: the applicants' list as Tasklist submits it (Json), refused row by row,
 * eligibility table, field overrule, SK returned once, hand-over recorded.
 */
@AlurSopTest
class UepProcessTest {

  private static final String A = "6210010101800001";
  private static final String B = "6210010101800002";
  private static final String C = "6210010101800003";
  private static final String D = "6210010101800004";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired UsulanRepository usulan;
  @Autowired PemohonRepository pemohon;
  @Autowired PengembalianRepository pengembalian;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource({
      "true,  true,  true,  30, true,  true,  Memenuhi syarat",
      "false, true,  true,  30, true,  false, Tidak terdaftar di DTKS sebagai RTM/KK miskin",
      "true,  false, true,  30, true,  false, Tidak memiliki usaha",
      "true,  true,  false, 30, true,  false, Fotokopi KK dan KTP tidak dilampirkan",
      "true,  true,  true,  14, true,  false, Di bawah usia produktif (15-64 tahun)",
      "true,  true,  true,  15, true,  true,  Memenuhi syarat",
      "true,  true,  true,  64, true,  true,  Memenuhi syarat",
      "true,  true,  true,  65, true,  false, Di atas usia produktif (15-64 tahun)",
      "true,  true,  true,  30, false, false, SPTJM belum ditandatangani"})
  void eligibilityTable(boolean dtks, boolean usaha, boolean kkKtp, int usia, boolean sptjm, boolean layak, String alasan) {
    DmnDecisionResultEntries hasil = engine.getDecisionService().evaluateDecisionByKey("uep-kelayakan")
        .variables(Map.of("terdaftarDtks", dtks, "memilikiUsaha", usaha, "kkKtpAda", kkKtp, "usia", usia,
            "sptjmDitandatangani", sptjm)).evaluate().getSingleResult();
    assertThat((Boolean) hasil.getEntry("layak")).isEqualTo(layak);
    assertThat((String) hasil.getEntry("alasan")).isEqualTo(alasan);
  }

  @Test
  void happyPath_mixedApplicants_overrule_skReturnedOnce_disbursementRecorded() {
    ProcessInstance instance = mulai("Nanga Bulik",
        pemohon(A, "6210010101900001", "Pemohon A", "1990-05-01", "Warung sembako", "DTKS-001", true, true),
        pemohon(B, "6210010101900002", "Pemohon B", "1985-02-11", "Bengkel", null, true, true),
        pemohon(C, "6210010101900003", "Pemohon C", "1950-07-07", "Kebun", "DTKS-003", true, true),
        pemohon(D, "6210010101900004", "Pemohon D", "1992-12-12", "Jahit", "DTKS-004", true, true));
    Long id = usulan.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
    assertThat(pemohon.findByUsulanIdOrderById(id)).as("the list is taken with the start form").hasSize(4);
    Task usulanTask = satu(instance, "Task_DataUsulan");
    assertThat(kandidat(usulanTask)).containsExactly("lamandau-desa-kel");
    assertThat(kasus(usulanTask)).isEqualTo("Usulan Nanga Bulik");
    engine.getTaskService().complete(usulanTask.getId(), Map.of());
    Task disposisi = satu(instance, "Task_DisposisiUsulan");
    assertThat(kandidat(disposisi)).containsExactly("lamandau-sekretaris-kadis");
    engine.getTaskService().complete(disposisi.getId(), Map.of("nomorDisposisi", "460/12/DINSOS/2027",
        "tanggalDisposisi", "2027-01-06"));
    assertThat(pemohon.findByUsulanIdOrderById(id)).extracting(Pemohon::getNik, Pemohon::getLayakKeputusan,
        Pemohon::getAlasanKeputusan).containsExactly(
            org.assertj.core.groups.Tuple.tuple(A, true, "Memenuhi syarat"),
            org.assertj.core.groups.Tuple.tuple(B, false, "Tidak terdaftar di DTKS sebagai RTM/KK miskin"),
            org.assertj.core.groups.Tuple.tuple(C, false, "Di atas usia produktif (15-64 tahun)"),
            org.assertj.core.groups.Tuple.tuple(D, true, "Memenuhi syarat"));

    List<Task> verifikasi = tugas(instance, "Task_VerifikasiLapangan");
    assertThat(verifikasi).hasSize(4);
    assertThat(verifikasi).extracting(this::kasus).containsExactlyInAnyOrder("Pemohon A · Nanga Bulik",
        "Pemohon B · Nanga Bulik", "Pemohon C · Nanga Bulik", "Pemohon D · Nanga Bulik");
    for (Task t : verifikasi) {
      String ringkasan = (String) engine.getTaskService().getVariable(t.getId(), "ringkasanPemohon");
      if (ringkasan.contains(B)) {
        engine.getTaskService().complete(t.getId(), Map.of("hasilVerifikasi", "layak",
            "alasanVerifikasi", "Terdaftar DTKS hasil musyawarah desa bulan ini"));
      } else if (ringkasan.contains(D)) {
        assertThatThrownBy(() -> engine.getTaskService().complete(t.getId(), Map.of("hasilVerifikasi", "tidak-layak")))
            .isInstanceOf(FormValidationException.class).hasMessageContaining("Alasan wajib diisi");
        engine.getTaskService().complete(t.getId(), Map.of("hasilVerifikasi", "tidak-layak",
            "alasanVerifikasi", "Usaha sudah tidak berjalan"));
      } else {
        engine.getTaskService().complete(t.getId(), Map.of("hasilVerifikasi",
            ringkasan.contains(A) ? "layak" : "tidak-layak"));
      }
    }
    assertThat(pemohon.findByUsulanIdOrderById(id)).extracting(Pemohon::getNik, Pemohon::layak, Pemohon::getAlasanVerifikasi)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(A, true, "Memenuhi syarat"),
            org.assertj.core.groups.Tuple.tuple(B, true, "Terdaftar DTKS hasil musyawarah desa bulan ini"),
            org.assertj.core.groups.Tuple.tuple(C, false, "Di atas usia produktif (15-64 tahun)"),
            org.assertj.core.groups.Tuple.tuple(D, false, "Usaha sudah tidak berjalan"));

    engine.getTaskService().complete(satu(instance, "Task_SusunDraftSk").getId(), Map.of("nomorDraftSk", "Draft SK UEP 2027"));
    Task parafKabid = tinjauan(instance);
    assertThat(kandidat(parafKabid)).containsExactly("lamandau-kabid");
    assertThat(kasus(parafKabid)).as("the review chain names its caller's case").isEqualTo("Usulan Nanga Bulik");
    engine.getTaskService().complete(parafKabid.getId(), Map.of("keputusanTinjauan", "kembalikan",
        "catatanTinjauan", "Nomor rekening penerima belum dicantumkan"));
    Task perbaiki = tinjauan(instance);
    assertThat(kandidat(perbaiki)).containsExactly("lamandau-staff-jafung");
    engine.getTaskService().complete(perbaiki.getId(), Map.of("tanggapanPerbaikan", "Nomor rekening ditambahkan"));
    engine.getTaskService().complete(tinjauan(instance).getId(), Map.of("keputusanTinjauan", "setujui"));
    Task parafKadis = tinjauan(instance);
    assertThat(kandidat(parafKadis)).containsExactly("lamandau-sekretaris-kadis");
    engine.getTaskService().complete(parafKadis.getId(), Map.of("keputusanTinjauan", "setujui"));
    assertThat(pengembalian.findByInstansSopOrderById(instance.getId())).singleElement()
        .satisfies(p -> assertThat(p.getLangkah()).isEqualTo("3"));

    Task sk = satu(instance, "Task_PenetapanSk");
    assertThat(kandidat(sk)).containsExactly("lamandau-bupati");
    engine.getTaskService().complete(sk.getId(), Map.of("nomorSk", "188.45/27/2027", "tanggalSk", "2027-01-20"));
    assertThat(usulan.findById(id).orElseThrow().getNomorSk()).isEqualTo("188.45/27/2027");

    engine.getTaskService().complete(satu(instance, "Task_KoordinasiBank").getId(), Map.of("bankPenyalur",
        "Bank Kalteng", "kesepakatanTeknis", "Pembukaan rekening kolektif dan penyaluran tunai non-tunai"));
    Task bank = satu(instance, "Task_KesepakatanBank");
    assertThat(kandidat(bank)).containsExactly("lamandau-bank-penyalur");
    assertThat(engine.getTaskService().getVariable(bank.getId(), "kesepakatanTeknis"))
        .isEqualTo("Pembukaan rekening kolektif dan penyaluran tunai non-tunai");
    engine.getTaskService().complete(bank.getId(), Map.of("jadwalPenyaluran", "2027-02-01"));
    engine.getTaskService().complete(satu(instance, "Task_Sosialisasi").getId(), Map.of("tanggalSosialisasi",
        "2027-01-28", "tempatSosialisasi", "Aula Dinas Sosial", "jumlahHadir", 2L));
    List<Task> serahTerima = tugas(instance, "Task_SerahTerima");
    assertThat(serahTerima).as("only the recipients after verification").hasSize(2);
    assertThat(serahTerima).extracting(this::kasus).allSatisfy(k -> assertThat(k).asString().endsWith(" · Nanga Bulik"));
    int n = 0;
    for (Task t : serahTerima) {
      engine.getTaskService().complete(t.getId(), Map.of("jumlahBantuan", 5000000L, "tanggalSerahTerima", "2027-02-01",
          "nomorBast", "BAST/UEP/" + (++n)));
    }
    assertThat(instance).isEnded().hasPassed("EndEvent_BantuanTersalurkan");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityType("userTask").list()).extracting(h -> h.getActivityId()).as("no step the SOP does not have")
        .doesNotContain("Task_PembukaanRekening");
    assertThat(pemohon.findByUsulanIdOrderById(id)).filteredOn(Pemohon::layak)
        .extracting(Pemohon::getNik, Pemohon::getJumlahBantuan).containsExactly(
            org.assertj.core.groups.Tuple.tuple(A, new BigDecimal("5000000.00")),
            org.assertj.core.groups.Tuple.tuple(B, new BigDecimal("5000000.00")));
    assertThat(usulan.findById(id).orElseThrow().getStatus()).isEqualTo(Usulan.SELESAI);
  }

  /** Point 9: the village enters the list before the clock, submits; the Dinas records the disposition. */
  @Test
  void step1_listInTheStartForm_villageSubmits_dispositionRecordedByTheDinas() throws Exception {
    ProcessInstance instance = mulai("Sungai Tuat", ganda("6210010101800041"));
    Task serah = satu(instance, "Task_DataUsulan");
    assertThat(engine.getTaskService().getVariable(serah.getId(), "ringkasanUsulan")).asString()
        .startsWith("1 pemohon:\n1. Pemohon Ganda (NIK 6210010101800041), usaha: Warung");
    assertThat(fieldKeys(serah)).as("the village is not asked for the Dinas's disposition")
        .doesNotContain("nomorDisposisi", "tanggalDisposisi", "pemohon");
    assertThatThrownBy(() -> engine.getTaskService().complete(serah.getId(), Map.of("nomorDisposisi", "D/1")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Isian 'nomorDisposisi' tidak ada dalam formulir");
    engine.getTaskService().complete(serah.getId(), Map.of("catatanPengusul", "Berkas asli dikirim lewat kecamatan"));

    Task disposisi = satu(instance, "Task_DisposisiUsulan");
    assertThat(kandidat(disposisi)).containsExactly("lamandau-sekretaris-kadis");
    assertThat(fieldKeys(disposisi)).contains("nomorDisposisi", "tanggalDisposisi");
    assertThatThrownBy(() -> engine.getTaskService().complete(disposisi.getId(), Map.of("nomorDisposisi", "460/1",
        "tanggalDisposisi", "2027-01-04"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Tanggal disposisi tidak boleh sebelum tanggal usulan");
    engine.getTaskService().claim(disposisi.getId(), "kadis.lamandau");
    engine.getTaskService().complete(disposisi.getId(), Map.of("nomorDisposisi", "460/41/DINSOS/2027",
        "tanggalDisposisi", "2027-01-05", "isiDisposisi", "Verifikasi lapangan minggu ini"));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "nomorDisposisi")).isEqualTo("460/41/DINSOS/2027");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(disposisi.getId()).singleResult()
        .getAssignee()).as("recorded by the Dinas").isEqualTo("kadis.lamandau");
    assertThat(instance).isWaitingAt("Task_VerifikasiLapangan");
  }

  @Test
  void badApplicantRows_refusedAtTheStartNamingRowAndField_nothingStored() {
    Map<String, Object> tanpaDokumen = pemohon("6210010101800012", "6210010101900012", "Tanpa dokumen", "1990-01-01",
        "Warung", "DTKS-3", false, true);
    tanpaDokumen.put("kkKtp", "ya");
    assertThatThrownBy(() -> mulai("Bukit Raya",
        pemohon("621001010180001", "6210010101900001", "Salah NIK", "1990-05-01", "Warung", "DTKS-1", true, true),
        pemohon("6210010101800011", "6210010101900011", "Lahir nanti", "2090-01-01", "Warung", "DTKS-2", true, true),
        tanpaDokumen))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Daftar pemohon baris 1: NIK harus 16 digit angka")
        .hasMessageContaining("Daftar pemohon baris 3: Fotokopi KK dan KTP dilampirkan harus bernilai ya atau tidak")
        .satisfies(e -> assertThat(((FormValidationException) e).getPelanggaran())
            .extracting(Pelanggaran::field, Pelanggaran::list, Pelanggaran::row)
            .containsExactly(tuple("pemohon[0].nik", "pemohon", 1), tuple("pemohon[2].kkKtp", "pemohon", 3)));

    assertThatThrownBy(() -> mulai("Bukit Raya",
        pemohon("6210010101800011", "6210010101900011", "Lahir nanti", "2090-01-01", "Warung", "DTKS-2", true, true),
        pemohon("6210010101800011", "6210010101900012", "NIK kembar", "1990-01-01", "Warung", "DTKS-3", true, true)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Daftar pemohon baris 1: Tanggal lahir tidak boleh setelah tanggal usulan")
        .hasMessageContaining("Daftar pemohon baris 2: NIK sama dengan pemohon baris 1");
    assertThatThrownBy(() -> mulai("Bukit Raya"))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Daftar pemohon wajib diisi minimal satu pemohon");
    assertThat(usulan.findAll()).extracting(Usulan::getNamaDesa).doesNotContain("Bukit Raya");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("namaDesa", "Bukit Raya")
        .count()).as("no proposal started").isZero();
    assertThat(pemohon.findAll()).extracting(Pemohon::getNik).doesNotContain("6210010101800011", "6210010101800012");
  }

  /** A forged row: a key the form does not have, such as a decision the village may not make. */
  @Test
  void forgedRow_refused() {
    Map<String, Object> palsu = pemohon("6210010101800021", "6210010101900021", "Pemohon Palsu", "1990-05-01",
        "Warung", "DTKS-21", true, true);
    palsu.put("layakKeputusan", true);
    assertThatThrownBy(() -> mulai("Batu Kotam", palsu))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Daftar pemohon baris 1: isian 'layakKeputusan' tidak ada dalam formulir");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("lamandau-bantuan-uep", Map.of(
        "namaDesa", "Batu Kotam", "tanggalUsulan", "2027-01-05",
        "pemohon", SpinValues.jsonValue("{\"nik\": \"6210010101800021\"}").create())))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Daftar pemohon harus berupa daftar");
    assertThat(usulan.findAll()).extracting(Usulan::getNamaDesa).doesNotContain("Batu Kotam");
  }

  /** Over engine REST, as Tasklist's start form or a script sends it: 400, each broken rule with its list, row and field. */
  @Test
  void forgedRowOverEngineRest_400NamingListRowAndField() throws Exception {
    Map<String, Object> palsu = pemohon("6210010101800031", "6210010101900031", "Pemohon Palsu", "1990-05-01",
        "Warung", "DTKS-31", true, true);
    palsu.put("nik", "62100101018000AB");
    String body = JSON.writeValueAsString(Map.of("variables", Map.of(
        "namaDesa", Map.of("value", "Penopa"),
        "tanggalUsulan", Map.of("value", "2027-01-05"),
        "pemohon", Map.of("type", "Json", "value", JSON.writeValueAsString(List.of(ganda("6210010101800032"), palsu))))));
    HttpResponse<String> r = new TestHttp(port).post(
        "/engine-rest/process-definition/key/lamandau-bantuan-uep/tenant-id/lamandau/submit-form",
        "operator.desa.lamandau:demo", "application/json", body);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode errors = JSON.readTree(r.body()).path("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path("field").asText()).isEqualTo("pemohon[1].nik");
    assertThat(errors.get(0).path("label").asText()).isEqualTo("Daftar pemohon baris 2: NIK");
    assertThat(errors.get(0).path("rule").asText()).isEqualTo(Pelanggaran.PATTERN);
    assertThat(errors.get(0).path("message").asText()).isEqualTo("Daftar pemohon baris 2: NIK harus 16 digit angka");
    assertThat(errors.get(0).path("list").asText()).isEqualTo("pemohon");
    assertThat(errors.get(0).path("row").asInt()).isEqualTo(2);
    assertThat(r.body()).doesNotContain("62100101018000AB");
    assertThat(usulan.findAll()).extracting(Usulan::getNamaDesa).doesNotContain("Penopa");
  }

  @Test
  void sameNikInAnotherOpenProposal_refused() {
    mulai("Sematu Jaya", ganda("6210010101800099"));
    assertThatThrownBy(() -> mulai("Tapin Bini", ganda("6210010101800099")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Daftar pemohon baris 1: NIK sudah ada dalam usulan lain yang masih diproses")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("6210010101800099").doesNotContain("Pemohon Ganda"));
  }

  private static Map<String, Object> ganda(String nik) {
    return pemohon(nik, "6210010101900099", "Pemohon Ganda", "1990-05-01", "Warung", "DTKS-9", true, true);
  }

  /** Starts a proposal with the start form's values as Tasklist submits them (the list as a Json variable). */
  @SafeVarargs
  private ProcessInstance mulai(String desa, Map<String, Object>... pemohon) {
    return engine.getRuntimeService().startProcessInstanceByKey("lamandau-bantuan-uep", usulan(desa, pemohon));
  }

  @SafeVarargs
  static Map<String, Object> usulan(String desa, Map<String, Object>... pemohon) {
    try {
      return Map.of("namaDesa", desa, "tanggalUsulan", "2027-01-05",
          "pemohon", SpinValues.jsonValue(JSON.writeValueAsString(List.of(pemohon))).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields of the task's deployed form. */
  private List<String> fieldKeys(Task task) throws java.io.IOException {
    try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return id.alursop.validation.FormSchema.parse(form).fields().stream().map(id.alursop.validation.FormField::key)
          .toList();
    }
  }

  /** One row of the list as form-js builds it: an empty optional field is left out. */
  static Map<String, Object> pemohon(String nik, String nomorKk, String nama, String tanggalLahir,
      String jenisUsaha, String idDtks, boolean kkKtp, boolean sptjm) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("nik", nik);
    row.put("nomorKk", nomorKk);
    row.put("nama", nama);
    row.put("tanggalLahir", tanggalLahir);
    row.put("alamat", "Jl. Sukarno");
    if (jenisUsaha != null) {
      row.put("jenisUsaha", jenisUsaha);
    }
    if (idDtks != null) {
      row.put("idDtks", idDtks);
    }
    row.put("kkKtp", kkKtp);
    row.put("sptjm", sptjm);
    return row;
  }

  private Task satu(ProcessInstance instance, String key) {
    List<Task> tasks = tugas(instance, key);
    assertThat(tasks).as(key).hasSize(1);
    return tasks.get(0);
  }

  private List<Task> tugas(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  private Task tinjauan(ProcessInstance instance) {
    String sub = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(sub).singleResult();
  }

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  /** The case a task's card names (task-local). */
  private Object kasus(Task task) {
    return engine.getTaskService().getVariableLocal(task.getId(), "kasus");
  }
}
