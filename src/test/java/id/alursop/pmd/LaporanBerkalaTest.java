package id.alursop.pmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kasi PMD, C.2 "Menyusun laporan harian / mingguan / bulanan pelaksanaan Tugas": while the
 * programme runs (budget approved, until monitoring says it is finished) a report task opens at
 * the period the plan chose, on working days of Barito Timur's calendar; each report completed
 * reaches the Camat as a row he lists and opens ({@code /api/pmd/laporan}), never as a task.
 * The engine clock moves; the timer jobs run by hand (the job executor is off in tests).
 */
@AlurSopTest
class LaporanBerkalaTest {

  static final String TIMER = "Event_PeriodeLaporan";
  static final String LAPORAN = "Task_LaporanBerkala";

  @Autowired ProcessEngine engine;
  @Autowired LaporanBerkalaRepository laporan;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void daily_onWorkingDaysOnly_skipsTheWeekendWaisakAndCutiBersama() {
    ClockUtil.setCurrentTime(wib("2025-05-08T09:00")); // Thursday
    ProcessInstance instance = programBerjalan("harian");

    assertThat(timer(instance)).extracting(Job::getDuedate).containsExactly(wib("2025-05-09T07:30"));
    assertThat(tugasLaporan(instance)).as("nothing before the period opens").isEmpty();

    jalankanTimer(instance);
    List<Task> pertama = tugasLaporan(instance);
    assertThat(pertama).hasSize(1);
    assertThat(kasus(pertama.get(0))).isEqualTo("Laporan harian 08/05/2025 · Desa Tampa");
    assertThat(candidateGroups(pertama.get(0))).containsExactly("bartim-kasi-pmd");
    assertThat(pertama.get(0).getDueDate()).as("the SOP sets no time standard").isNull();
    assertThat(timer(instance)).as("Saturday, Sunday, Waisak (12 May) and cuti bersama (13 May) are skipped")
        .extracting(Job::getDuedate).containsExactly(wib("2025-05-14T07:30"));

    jalankanTimer(instance);
    assertThat(tugasLaporan(instance)).as("an unfinished report stays beside the new one").hasSize(2)
        .extracting(this::kasus).containsExactly("Laporan harian 08/05/2025 · Desa Tampa",
            "Laporan harian 09/05/2025 · Desa Tampa");
    assertThat(timer(instance)).extracting(Job::getDuedate).containsExactly(wib("2025-05-15T07:30"));
    assertThat(instance).isWaitingAt("Task_PelaksanaanProgram");
  }

  @Test
  void weekly_onTheFirstWorkingDayOfNextWeek() {
    ClockUtil.setCurrentTime(wib("2025-06-04T10:00")); // Wednesday
    ProcessInstance instance = programBerjalan("mingguan");

    assertThat(timer(instance)).as("Monday 9 June is cuti bersama Idul Adha").extracting(Job::getDuedate)
        .containsExactly(wib("2025-06-10T07:30"));
    jalankanTimer(instance);
    assertThat(tugasLaporan(instance)).extracting(this::kasus)
        .containsExactly("Laporan mingguan 02/06/2025 – 08/06/2025 · Desa Tampa");
    assertThat(timer(instance)).extracting(Job::getDuedate).containsExactly(wib("2025-06-16T07:30"));
  }

  @Test
  void monthly_onTheFirstWorkingDayOfNextMonth() {
    ClockUtil.setCurrentTime(wib("2025-05-15T10:00"));
    ProcessInstance instance = programBerjalan("bulanan");

    assertThat(timer(instance)).as("1 June is a Sunday and Hari Lahir Pancasila").extracting(Job::getDuedate)
        .containsExactly(wib("2025-06-02T07:30"));
    jalankanTimer(instance);
    assertThat(tugasLaporan(instance)).extracting(this::kasus).containsExactly("Laporan bulanan Mei 2025 · Desa Tampa");
    assertThat(timer(instance)).extracting(Job::getDuedate).containsExactly(wib("2025-07-01T07:30"));
  }

  @Test
  void reportsStopWhenTheProgrammeIsFinished() {
    ClockUtil.setCurrentTime(wib("2025-05-15T10:00"));
    ProcessInstance instance = programBerjalan("bulanan");
    jalankanTimer(instance);
    Task terbuka = tugasLaporan(instance).get(0);
    selesaikan(instance, "Task_PelaksanaanProgram", KasiPmdProcessTest.nilai(KasiPmdProcessTest.PELAKSANAAN));

    selesaikan(instance, "Task_PengawasanMonitoring", KasiPmdProcessTest.pemantauan("2025-06-03", "Jalan 60%", "berjalan"));
    assertThat(timer(instance)).as("still running: the cycle goes on").hasSize(1);

    selesaikan(instance, "Task_PengawasanMonitoring", KasiPmdProcessTest.pemantauan("2025-06-20", "Jalan 100%", "selesai"));
    assertThat(instance).isWaitingAt("Task_EvaluasiProgram").hasPassed("EndEvent_PelaksanaanSelesai");
    assertThat(timer(instance)).as("no more report periods").isEmpty();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(tugasLaporan(instance)).as("the open report ends with the programme").isEmpty();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(terbuka.getId()).singleResult()
        .getDeleteReason()).isNotEqualTo("completed");
    assertThat(laporan.findByProcessInstanceIdOrderById(instance.getId())).as("a cancelled report is not sent").isEmpty();
  }

  @Test
  void eachReportReachesTheCamat_asARowHeListsAndOpens_notATask() throws Exception {
    ClockUtil.setCurrentTime(wib("2025-05-15T10:00"));
    ProcessInstance instance = programBerjalan("bulanan");
    jalankanTimer(instance);
    Task juni = tugasLaporan(instance).get(0);
    engine.getIdentityService().setAuthentication("kasipmd.bartim", List.of("bartim-kasi-pmd"), List.of("bartim"));
    try {
      engine.getTaskService().complete(juni.getId(), isianLaporan("Pengerasan jalan 800 m", 120000000));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    ClockUtil.setCurrentTime(wib("2025-07-01T07:30"));
    jalankanTimer(instance);
    Task juli = tugasLaporan(instance).get(0);
    assertThat(kasus(juli)).isEqualTo("Laporan bulanan Juni 2025 · Desa Tampa");
    engine.getTaskService().complete(juli.getId(), isianLaporan("Pengerasan jalan 1,6 km", 250000000));

    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("bartim-camat").count())
        .as("no task floods the Camat's list").isZero();
    List<LaporanBerkala> tersimpan = laporan.findByProcessInstanceIdOrderById(instance.getId());
    assertThat(tersimpan).extracting(LaporanBerkala::getPeriodeDilaporkan).containsExactly("bulanan Mei 2025",
        "bulanan Juni 2025");
    assertThat(tersimpan.get(0).getDilaporkanOleh()).isEqualTo("kasipmd.bartim");
    assertThat(tersimpan.get(0).getKepadaKelompok()).isEqualTo("bartim-camat");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "perkembanganPelaksanaan"))
        .as("each report's fields stay with its task").isNull();

    TestHttp http = new TestHttp(port);
    HttpResponse<String> daftar = http.get("/api/pmd/laporan?instans=" + instance.getId(), "camat.bartim:demo");
    assertThat(daftar.statusCode()).isEqualTo(200);
    JsonNode rows = json.readTree(daftar.body());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).path("periodeDilaporkan").asText()).as("newest first").isEqualTo("bulanan Juni 2025");
    assertThat(rows.get(0).path("perkembangan").asText()).isEqualTo("Pengerasan jalan 1,6 km");
    assertThat(rows.get(0).path("anggaranTerpakai").decimalValue()).isEqualByComparingTo("250000000");
    assertThat(rows.get(0).path("desa").asText()).isEqualTo("Tampa");
    assertThat(rows.get(1).path("dilaporkanOleh").asText()).isEqualTo("kasipmd.bartim");

    long id = rows.get(1).path("id").asLong();
    HttpResponse<String> satu = http.get("/api/pmd/laporan/" + id, "camat.bartim:demo");
    assertThat(satu.statusCode()).isEqualTo(200);
    assertThat(json.readTree(satu.body()).path("perkembangan").asText()).isEqualTo("Pengerasan jalan 800 m");

    assertThat(json.readTree(http.get("/api/pmd/laporan?instans=" + instance.getId(), "kasipmd.bartim:demo").body()))
        .as("sent to the Camat's group only").isEmpty();
    assertThat(http.get("/api/pmd/laporan/" + id, "kasipmd.bartim:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/pmd/laporan/" + id, "kabid.ketapang:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/pmd/laporan/bukan-angka", "camat.bartim:demo").statusCode()).isEqualTo(404);
    HttpResponse<String> salah = http.get("/api/pmd/laporan?maxResults=0", "camat.bartim:demo");
    assertThat(salah.statusCode()).isEqualTo(400);
    assertThat(json.readTree(salah.body()).path("message").asText()).contains("maxResults");
    assertThat(http.get("/api/pmd/laporan", null).statusCode()).isEqualTo(401);
  }

  static Map<String, Object> isianLaporan(String perkembangan, long anggaran) {
    return Map.of("perkembanganPelaksanaan", perkembangan, "anggaranTerpakai", anggaran,
        "hasilKegiatan", "Jalan usaha tani dapat dilalui", "hambatanPelaksanaan", "Hujan deras dua hari");
  }

  /** A programme of Desa Tampa whose budget the Kepala Desa approved, reporting at {@code periode}. */
  private ProcessInstance programBerjalan(String periode) {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KasiPmdProcessTest.PROSES,
        Map.of("tahunAnggaran", 2025, "namaDesa", "Tampa"));
    for (String taskKey : List.of(KasiPmdProcessTest.IDENTIFIKASI, KasiPmdProcessTest.RAPAT,
        KasiPmdProcessTest.RENCANA, KasiPmdProcessTest.ANGGARAN, KasiPmdProcessTest.PERSETUJUAN)) {
      Map<String, Object> nilai = new HashMap<>(KasiPmdProcessTest.nilai(taskKey));
      if (KasiPmdProcessTest.RENCANA.equals(taskKey)) {
        nilai.put("periodeLaporan", periode);
      }
      selesaikan(instance, taskKey, nilai);
    }
    assertThat(instance).isWaitingAt("Task_PelaksanaanProgram", TIMER);
    return instance;
  }

  private void selesaikan(ProcessInstance instance, String taskKey, Map<String, Object> nilai) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open %s", taskKey).hasSize(1);
    engine.getTaskService().complete(tasks.get(0).getId(), nilai);
  }

  private List<Job> timer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(TIMER).list();
  }

  /** Moves the clock to the timer's due date and runs it, as the job executor would. */
  private void jalankanTimer(ProcessInstance instance) {
    List<Job> jobs = timer(instance);
    assertThat(jobs).hasSize(1);
    ClockUtil.setCurrentTime(jobs.get(0).getDuedate());
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  private List<Task> tugasLaporan(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(LAPORAN)
        .orderByTaskCreateTime().asc().list();
  }

  private String kasus(Task task) {
    return String.valueOf(engine.getTaskService().getVariableLocal(task.getId(), "kasus"));
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  static Date wib(String local) {
    return Date.from(LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
  }
}
