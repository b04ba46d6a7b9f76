package id.alursop.uep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.tinjauan.PengembalianRepository;
import id.alursop.validation.FormValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Bantuan UEP on the real engine: eligibility table, field overrule, SK returned once, hand-over recorded. */
@AlurSopTest
class UepProcessTest {

  private static final String A = "6210010101800001";
  private static final String B = "6210010101800002";
  private static final String C = "6210010101800003";
  private static final String D = "6210010101800004";

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
    ProcessInstance instance = mulai("Nanga Bulik");
    Task usulanTask = satu(instance, "Task_DataUsulan");
    assertThat(kandidat(usulanTask)).containsExactly("lamandau-desa-kel");
    assertThat(kasus(usulanTask)).isEqualTo("Usulan Nanga Bulik");
    engine.getTaskService().complete(usulanTask.getId(), usulan(String.join("\n",
        "nik;nomor_kk;nama;tanggal_lahir;alamat;jenis_usaha;id_dtks;kk_ktp;sptjm",
        A + ";6210010101900001;Pemohon A;1990-05-01;Jl. Sukarno 1;Warung sembako;DTKS-001;ya;ya",
        B + ";6210010101900002;Pemohon B;1985-02-11;Jl. Sukarno 2;Bengkel;-;ya;ya",
        C + ";6210010101900003;Pemohon C;1950-07-07;Jl. Sukarno 3;Kebun;DTKS-003;ya;ya",
        D + ";6210010101900004;Pemohon D;1992-12-12;Jl. Sukarno 4;Jahit;DTKS-004;ya;ya")));
    Long id = usulan.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
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
    Task bank = satu(instance, "Task_PembukaanRekening");
    assertThat(kandidat(bank)).containsExactly("lamandau-bank-penyalur");
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
    assertThat(pemohon.findByUsulanIdOrderById(id)).filteredOn(Pemohon::layak)
        .extracting(Pemohon::getNik, Pemohon::getJumlahBantuan).containsExactly(
            org.assertj.core.groups.Tuple.tuple(A, new BigDecimal("5000000.00")),
            org.assertj.core.groups.Tuple.tuple(B, new BigDecimal("5000000.00")));
    assertThat(usulan.findById(id).orElseThrow().getStatus()).isEqualTo(Usulan.SELESAI);
  }

  @Test
  void badApplicantRows_refused_nothingStored() {
    ProcessInstance instance = mulai("Bukit Raya");
    Task task = satu(instance, "Task_DataUsulan");
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), usulan(
        "621001010180001;6210010101900001;Salah NIK;1990-05-01;Jl. A;Warung;DTKS-1;ya;ya\n"
            + "6210010101800011;6210010101900011;Lahir nanti;2090-01-01;Jl. B;Warung;DTKS-2;ya;ya\n"
            + "6210010101800012;6210010101900012;Tanpa dokumen;1990-01-01;Jl. C;Warung;DTKS-3;;ya")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Baris 1: NIK harus 16 digit angka")
        .hasMessageContaining("Baris 2: tanggal lahir tidak boleh setelah tanggal usulan")
        .hasMessageContaining("Baris 3: kolom kk_ktp dan sptjm harus 'ya' atau 'tidak'");
    assertThat(usulan.findByProcessInstanceId(instance.getId())).isEmpty();
    assertThat(instance).isWaitingAt("Task_DataUsulan");
  }

  @Test
  void sameNikInAnotherOpenProposal_refused() {
    String row = "6210010101800099;6210010101900099;Pemohon Ganda;1990-05-01;Jl. A;Warung;DTKS-9;ya;ya";
    ProcessInstance pertama = mulai("Sematu Jaya");
    engine.getTaskService().complete(satu(pertama, "Task_DataUsulan").getId(), usulan(row));
    ProcessInstance kedua = mulai("Tapin Bini");
    Task task = satu(kedua, "Task_DataUsulan");
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), usulan(row)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("NIK sudah ada dalam usulan lain yang masih diproses")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("6210010101800099").doesNotContain("Pemohon Ganda"));
  }

  private ProcessInstance mulai(String desa) {
    return engine.getRuntimeService().startProcessInstanceByKey("lamandau-bantuan-uep", Map.of("namaDesa", desa));
  }

  private static Map<String, Object> usulan(String data) {
    return Map.of("tanggalUsulan", "2027-01-05", "dataPemohon", data);
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
