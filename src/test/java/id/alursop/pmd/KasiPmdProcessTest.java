package id.alursop.pmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.validation.FormValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SOP Kasi Pembangunan dan Pemberdayaan Masyarakat Desa, Kecamatan Benua Lima (Barito Timur):
 * three phases of three steps each, monitoring (step 6) repeated until the programme is done.
 * Every step is done by the Kasi PMD but the budget's approval, the Kepala Desa's; the SOP gives
 * no time standard, so no step has a due date. The periodic reports: {@link LaporanBerkalaTest}.
 */
@AlurSopTest
class KasiPmdProcessTest {

  static final String PROSES = "barito-timur-kasi-pmd";
  static final String KASI_PMD = "bartim-kasi-pmd";

  static final String IDENTIFIKASI = "Task_IdentifikasiKebutuhan";
  static final String RAPAT = "Task_RapatKoordinasi";
  static final String RENCANA = "Task_PenyusunanRencanaKegiatan";
  static final String ANGGARAN = "Task_PengajuanAnggaran";
  static final String PERSETUJUAN = "Task_PersetujuanAnggaran";
  static final String KEPALA_DESA = "bartim-kepala-desa";
  static final String PELAKSANAAN = "Task_PelaksanaanProgram";
  static final String MONITORING = "Task_PengawasanMonitoring";
  static final String EVALUASI = "Task_EvaluasiProgram";
  static final String LAPORAN = "Task_PenyusunanLaporan";
  static final String ARSIP = "Task_DokumentasiArsip";

  @Autowired ProcessEngine engine;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @Test
  void happyPath_allNineStepsInOrder_byKasiPmd_withoutDueDates() {
    ProcessInstance instance = mulai();
    List<String> langkah = List.of(IDENTIFIKASI, RAPAT, RENCANA, ANGGARAN, PERSETUJUAN, PELAKSANAAN, MONITORING,
        EVALUASI, LAPORAN, ARSIP);
    for (String taskKey : langkah) {
      assertThat(instance).isWaitingAt(taskKey);
      Task task = satuTugas(instance, taskKey);
      assertThat(candidateGroups(task)).as("candidate groups of %s", taskKey)
          .containsExactly(PERSETUJUAN.equals(taskKey) ? KEPALA_DESA : KASI_PMD);
      assertThat(task.getDueDate()).as("due date of %s", taskKey).isNull();
      assertThat(engine.getTaskService().getVariableLocal(task.getId(), "kasus")).as("case of %s", taskKey)
          .isEqualTo("Desa Tampa · TA 2025");
      engine.getTaskService().complete(task.getId(), nilai(taskKey));
    }
    assertThat(instance).isEnded().hasPassedInOrder(langkah.toArray(String[]::new));
    assertThat(instance).hasPassed("StartEvent_Mulai", "SubProcess_Perencanaan", "SubProcess_Pelaksanaan",
        "Gateway_ProgramSelesai", "SubProcess_Evaluasi", "EndEvent_LaporanDiarsipkan");
    assertThat(instance).hasNotPassed("EndEvent_AnggaranDirevisi", "Event_AnggaranDirevisi");
    assertThat(jumlahSelesai(instance, MONITORING)).as("monitoring once when the programme is done").isEqualTo(1);
  }

  @Test
  void monitoringRepeatsWhileProgrammeRuns_thenEvaluation() {
    ProcessInstance instance = mulai();
    for (String taskKey : List.of(IDENTIFIKASI, RAPAT, RENCANA, ANGGARAN, PERSETUJUAN, PELAKSANAAN)) {
      selesaikan(instance, taskKey, nilai(taskKey));
    }

    Task pertama = satuTugas(instance, MONITORING);
    engine.getTaskService().complete(pertama.getId(), pemantauan("2025-03-10", "Pekerjaan jalan desa 40%", "berjalan"));

    assertThat(instance).isWaitingAt(MONITORING).hasPassed("Gateway_ProgramSelesai", "Gateway_Pemantauan")
        .hasNotPassed("EndEvent_PelaksanaanSelesai", EVALUASI);
    Task kedua = satuTugas(instance, MONITORING);
    assertThat(kedua.getId()).as("a new monitoring round").isNotEqualTo(pertama.getId());
    assertThat(candidateGroups(kedua)).containsExactly(KASI_PMD);
    engine.getTaskService().complete(kedua.getId(), pemantauan("2025-04-10", "Pekerjaan jalan desa 100%", "selesai"));

    assertThat(instance).isWaitingAt(EVALUASI).hasPassed("EndEvent_PelaksanaanSelesai", "SubProcess_Pelaksanaan");
    assertThat(jumlahSelesai(instance, MONITORING)).as("step 6 done twice").isEqualTo(2);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "statusProgram")).isEqualTo("selesai");

    for (String taskKey : List.of(EVALUASI, LAPORAN, ARSIP)) {
      selesaikan(instance, taskKey, nilai(taskKey));
    }
    assertThat(instance).isEnded().hasPassed("EndEvent_LaporanDiarsipkan");
  }

  @Test
  void requiredFieldMissing_refused_taskStaysOpen() {
    ProcessInstance instance = mulai();
    Task task = satuTugas(instance, IDENTIFIKASI);
    Map<String, Object> tanpaKebutuhan = new HashMap<>(nilai(IDENTIFIKASI));
    tanpaKebutuhan.remove("kebutuhanTeridentifikasi");

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), tanpaKebutuhan))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("wajib diisi");

    assertThat(instance).isWaitingAt(IDENTIFIKASI);
    assertThat(satuTugas(instance, IDENTIFIKASI).getId()).isEqualTo(task.getId());
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "dataInfrastrukturDesa"))
        .as("nothing written").isNull();
  }

  @Test
  void monitoringWithoutStatus_refused() {
    ProcessInstance instance = mulai();
    for (String taskKey : List.of(IDENTIFIKASI, RAPAT, RENCANA, ANGGARAN, PERSETUJUAN, PELAKSANAAN)) {
      selesaikan(instance, taskKey, nilai(taskKey));
    }
    Task task = satuTugas(instance, MONITORING);
    Map<String, Object> tanpaStatus = new HashMap<>(nilai(MONITORING));
    tanpaStatus.remove("statusProgram");
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), tanpaStatus))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Isian \"Apakah program sudah selesai dilaksanakan?\" wajib diisi");
    assertThat(instance).isWaitingAt(MONITORING);
  }

  @Test
  void startFormEnforced_yearOutOfRange_refused() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROSES,
        Map.of("tahunAnggaran", 1999, "namaDesa", "Desa Tampa")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("tahun anggaran");
  }

  @Test
  void kepalaDesaApproves_programmeRuns() {
    ProcessInstance instance = mulai();
    for (String taskKey : List.of(IDENTIFIKASI, RAPAT, RENCANA, ANGGARAN)) {
      selesaikan(instance, taskKey, nilai(taskKey));
    }
    Task persetujuan = satuTugas(instance, PERSETUJUAN);
    assertThat(persetujuan.getName()).isEqualTo("Persetujuan Anggaran");
    assertThat(engine.getTaskService().getVariableLocal(persetujuan.getId(), "kasus")).isEqualTo("Desa Tampa · TA 2025");
    engine.getTaskService().complete(persetujuan.getId(), Map.of("keputusanAnggaran", "disetujui"));

    assertThat(instance).isWaitingAt(PELAKSANAAN, "Event_PeriodeLaporan").hasPassed("Gateway_ProgramBerjalan");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "keputusanAnggaran")).isEqualTo("disetujui");
  }

  @Test
  void revisionWithoutNote_refused_nothingStored() {
    ProcessInstance instance = mulai();
    for (String taskKey : List.of(IDENTIFIKASI, RAPAT, RENCANA, ANGGARAN)) {
      selesaikan(instance, taskKey, nilai(taskKey));
    }
    Task persetujuan = satuTugas(instance, PERSETUJUAN);
    assertThatThrownBy(() -> engine.getTaskService().complete(persetujuan.getId(),
        Map.of("keputusanAnggaran", "revisi", "catatanKepalaDesa", "  ")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Catatan Kepala Desa wajib diisi bila anggaran dikembalikan untuk direvisi");
    assertThat(instance).isWaitingAt(PERSETUJUAN);
    assertThat(satuTugas(instance, PERSETUJUAN).getId()).isEqualTo(persetujuan.getId());
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "keputusanAnggaran")).as("nothing stored").isNull();
  }

  @Test
  void revision_goesBackToPlanningAtTheActivityPlan_withTheNote_thenApproved() {
    ProcessInstance instance = mulai();
    for (String taskKey : List.of(IDENTIFIKASI, RAPAT, RENCANA, ANGGARAN)) {
      selesaikan(instance, taskKey, nilai(taskKey));
    }
    selesaikan(instance, PERSETUJUAN, Map.of("keputusanAnggaran", "revisi",
        "catatanKepalaDesa", "Kurangi anggaran pengerasan jalan menjadi 1,5 km"));

    assertThat(instance).as("back to planning, at Penyusunan Rencana Kegiatan (A.3)").isWaitingAt(RENCANA)
        .hasPassed("EndEvent_AnggaranDirevisi", "Event_AnggaranDirevisi", "Gateway_GabungPerencanaan",
            "Gateway_RevisiAnggaran");
    assertThat(jumlahSelesai(instance, IDENTIFIKASI)).as("needs and meeting are not redone").isEqualTo(1);
    assertThat(jumlahSelesai(instance, RAPAT)).isEqualTo(1);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("no report cycle before the budget is approved").isZero();
    Task rencana = satuTugas(instance, RENCANA);
    assertThat(candidateGroups(rencana)).containsExactly(KASI_PMD);
    assertThat(engine.getTaskService().getVariable(rencana.getId(), "catatanKepalaDesa"))
        .as("the Kasi's form shows the note").isEqualTo("Kurangi anggaran pengerasan jalan menjadi 1,5 km");

    Map<String, Object> revisi = new HashMap<>(nilai(RENCANA));
    revisi.put("anggaranRencana", 260000000);
    engine.getTaskService().complete(rencana.getId(), revisi);
    selesaikan(instance, ANGGARAN, Map.of("anggaranDiajukan", 260000000, "nomorSuratPengajuan", "140/15/PMD/2025",
        "tanggalPengajuan", "2025-02-24"));

    Task kedua = satuTugas(instance, PERSETUJUAN);
    assertThat(engine.getTaskService().getVariable(kedua.getId(), "keputusanAnggaran"))
        .as("the second decision starts empty").isNull();
    assertThat(engine.getTaskService().getVariable(kedua.getId(), "anggaranDiajukan")).isEqualTo(260000000);
    engine.getTaskService().complete(kedua.getId(), Map.of("keputusanAnggaran", "disetujui"));

    assertThat(instance).isWaitingAt(PELAKSANAAN);
    assertThat(jumlahSelesai(instance, RENCANA)).isEqualTo(2);
    assertThat(jumlahSelesai(instance, PERSETUJUAN)).isEqualTo(2);
  }

  private ProcessInstance mulai() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROSES,
        Map.of("tahunAnggaran", 2025, "namaDesa", "Tampa", "catatan", "Program jalan usaha tani"));
  }

  /** Values each step's form accepts. */
  static Map<String, Object> nilai(String taskKey) {
    return switch (taskKey) {
      case IDENTIFIKASI -> Map.of("metodeIdentifikasi", List.of("survei", "diskusi-masyarakat"),
          "kebutuhanTeridentifikasi", "Jalan usaha tani dan pelatihan kelompok tani",
          "dataInfrastrukturDesa", "Jalan tanah 2 km, rusak saat hujan",
          "potensiEkonomiDesa", "Karet dan padi ladang");
      case RAPAT -> Map.of("tanggalRapat", "2025-02-03",
          "pesertaRapat", List.of("kepala-desa", "perangkat-desa", "lembaga-masyarakat"),
          "notulenRapat", "Rencana kegiatan dibahas bersama Kepala Desa dan BPD",
          "daftarPrioritasKegiatan", "1. Jalan usaha tani; 2. Pelatihan kelompok tani");
      case RENCANA -> Map.of("rencanaKegiatan", "Pengerasan jalan usaha tani 2 km dan pelatihan",
          "tujuanKegiatan", "Memperlancar angkutan hasil kebun", "sasaranKegiatan", "Petani karet Desa Tampa",
          "anggaranRencana", 350000000, "jadwalMulaiKegiatan", "2025-03-01", "jadwalSelesaiKegiatan", "2025-06-30",
          "periodeLaporan", "bulanan");
      case ANGGARAN -> Map.of("anggaranDiajukan", 350000000, "nomorSuratPengajuan", "140/12/PMD/2025",
          "tanggalPengajuan", "2025-02-17");
      case PERSETUJUAN -> Map.of("keputusanAnggaran", "disetujui");
      case PELAKSANAAN -> Map.of("laporanPelaksanaan", "Pengerasan jalan dimulai sesuai jadwal",
          "keterlibatanMasyarakat", "Gotong royong 30 warga");
      case MONITORING -> pemantauan("2025-05-10", "Pekerjaan selesai sesuai rencana", "selesai");
      case EVALUASI -> Map.of("hasilEvaluasi", "Jalan selesai, waktu angkut turun separuh",
          "masukanMasyarakat", "Perlu saluran air di sisi jalan");
      case LAPORAN -> Map.of("anggaranTerpakai", 342500000,
          "hasilKegiatan", "Jalan usaha tani 2 km", "dampakKegiatan", "Biaya angkut turun",
          "rekomendasiPerbaikan", "Anggarkan saluran air tahun depan");
      case ARSIP -> Map.of("dokumentasiKegiatan", "Foto 0-50-100%, notulen, laporan", "nomorArsip", "ARS/PMD/2025/017",
          "lokasiArsip", "Lemari arsip Seksi PMD", "dilaporkanKepada", "Camat Benua Lima");
      default -> throw new IllegalArgumentException(taskKey);
    };
  }

  static Map<String, Object> pemantauan(String tanggal, String catatan, String status) {
    return Map.of("tanggalPemantauan", tanggal, "catatanPemantauan", catatan, "statusProgram", status);
  }

  private void selesaikan(ProcessInstance instance, String taskKey, Map<String, Object> nilai) {
    assertThat(instance).isWaitingAt(taskKey);
    engine.getTaskService().complete(satuTugas(instance, taskKey).getId(), nilai);
  }

  private Task satuTugas(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open tasks %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  private long jumlahSelesai(ProcessInstance instance, String taskKey) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).finished().count();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
