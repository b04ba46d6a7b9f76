package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Escalation with the engine clock moved: each level at its working-time moment, once; the
 * supervisor's follow-up; completing the late step ends what is pending.
 */
@AlurSopTest
class EskalasiSlaTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Autowired ProcessEngine engine;
  @Autowired PeringatanSlaRepository peringatan;
  @Autowired PemicuEskalasi eskalasi;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void start() {
    ClockUtil.setCurrentTime(wib("2026-12-01T08:00"));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void levelsScheduledInWorkingTime_oneJobAtATime() {
    Task task = identifikasi(mulai());
    assertThat(jobs(task)).as("one pending job per step: the next level").extracting(Job::getDuedate)
        .containsExactly(wib("2026-12-08T08:00"));
    assertThat(JobEskalasi.semuaTingkat(engine, task)).containsExactly(
        wib("2026-12-08T08:00"),   // due: P1W
        wib("2026-12-10T11:45"),   // + half the standard (1125 working minutes): supervisor
        wib("2026-12-15T08:00"));  // twice the standard: head
    assertThat(peringatan.findByTaskIdOrderById(task.getId())).extracting(PeringatanSla::getTingkat)
        .containsExactly(TingkatEskalasi.PENGINGAT, TingkatEskalasi.ATASAN, TingkatEskalasi.KEPALA);
  }

  @Test
  void eachLevelFiresOnce_supervisorThenHead_completionEndsAll() {
    ProcessInstance sop = mulai();
    Task task = identifikasi(sop);

    jalankanJatuhTempo(task, "2026-12-08T08:00");
    assertThat(peringatan.findByTaskIdOrderById(task.getId())).extracting(PeringatanSla::getTingkat,
        PeringatanSla::getKelompokPenerima).containsExactly(org.assertj.core.groups.Tuple.tuple(
            TingkatEskalasi.PENGINGAT, "bogor-bapperida"));
    // a second delivery of the same level (another node, a retry) changes nothing:
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> {
          eskalasi.picu(task.getId(), TingkatEskalasi.PENGINGAT);
          return null;
        });
    assertThat(peringatan.findByTaskIdOrderById(task.getId())).hasSize(1);

    jalankanJatuhTempo(task, "2026-12-10T11:45");
    List<Task> tindakLanjut = tindakLanjut(task);
    assertThat(tindakLanjut).hasSize(1);
    assertThat(kandidat(tindakLanjut.get(0))).containsExactly("bogor-pemkot");
    assertThat(engine.getTaskService().getVariableLocal(tindakLanjut.get(0).getId(), "kasus"))
        .as("the follow-up's card names the late step and its case")
        .isEqualTo("Identifikasi Lokasi Prioritas · Program Batutulis RW 005");
    assertThat(engine.getTaskService().getVariable(tindakLanjut.get(0).getId(), "namaSop"))
        .isEqualTo("Penanganan Kampung Nol Kemiskinan Ekstrem");
    assertThat(peringatan.findByTaskIdOrderById(task.getId())).extracting(PeringatanSla::getTingkat)
        .containsExactly(TingkatEskalasi.PENGINGAT, TingkatEskalasi.ATASAN);

    jalankanJatuhTempo(task, "2026-12-15T08:00");
    assertThat(tindakLanjut(task)).hasSize(2);
    assertThat(jobs(task)).isEmpty();

    id.alursop.FotoUji.lampirkan(engine, task);
    engine.getTaskService().complete(task.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Batutulis", "rw", "005", "sumberData", List.of("dtks"), "petaLokasiSasaran", "P",
        "ringkasanAnalisis", "ok", "dataKkSasaran", "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
    assertThat(tindakLanjut(task)).as("follow-ups end with the step").isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(task.getId())
        .completed().count()).isEqualTo(2);
    assertThat(peringatan.findByTaskIdOrderById(task.getId())).allMatch(PeringatanSla::isSelesai);
  }

  @Test
  void completingBeforeDue_removesPendingLevels() {
    Task task = identifikasi(mulai());
    id.alursop.FotoUji.lampirkan(engine, task);
    engine.getTaskService().complete(task.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Batutulis", "rw", "005", "sumberData", List.of("dtks"), "petaLokasiSasaran", "P",
        "ringkasanAnalisis", "ok", "dataKkSasaran", "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
    assertThat(jobs(task)).isEmpty();
    assertThat(peringatan.findByTaskIdOrderById(task.getId())).isEmpty();
  }

  @Test
  void supervisorExtendsTheDeadline_dueDateAndLaterLevelsMove() {
    Task task = identifikasi(mulai());
    jalankanJatuhTempo(task, "2026-12-08T08:00");
    jalankanJatuhTempo(task, "2026-12-10T11:45");
    Task tindak = tindakLanjut(task).get(0);
    engine.getTaskService().complete(tindak.getId(), Map.of("tindakan", "perpanjang",
        "tenggatBaru", "2026-12-14", "alasan", "Menunggu data DTKS terbaru dari Dinas Sosial"));
    Task diperpanjang = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(diperpanjang.getDueDate()).isEqualTo(wib("2026-12-14T16:00"));
    assertThat(jobs(task)).extracting(Job::getDuedate).as("head: shifted as far as the due date")
        .containsExactly(Date.from(wib("2026-12-15T08:00").toInstant().plus(
            java.time.Duration.between(wib("2026-12-08T08:00").toInstant(), wib("2026-12-14T16:00").toInstant()))));
    assertThat(engine.getTaskService().getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .anyMatch(m -> m.startsWith("Perpanjangan waktu sampai 2026-12-14"));
  }

  @Test
  void alertsApi_showsTheCurrentUsersOpenAlerts() throws Exception {
    Task task = identifikasi(mulai());
    jalankanJatuhTempo(task, "2026-12-08T08:00");
    assertThat(alerts("bapperida.bogor:demo")).contains(task.getId()).contains("PENGINGAT");
    assertThat(alerts("verifikator.bogor:demo")).doesNotContain(task.getId());
  }

  private String alerts(String login) throws Exception {
    java.net.http.HttpResponse<String> r = new id.alursop.TestHttp(port).get("/api/sla/alerts", login);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void supervisorReassigns() {
    Task task = identifikasi(mulai());
    jalankanJatuhTempo(task, "2026-12-10T11:45");
    Task tindak = tindakLanjut(task).get(0);
    engine.getTaskService().complete(tindak.getId(), Map.of("tindakan", "alihkan", "penggunaBaru", "bapperida.bogor",
        "alasan", "Pelaksana semula sedang cuti"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo("bapperida.bogor");
  }

  @Test
  void lateStepOfAnotherLane_goesToBapperida() {
    assertThat(new RantaiEskalasi(new SlaProperties(Map.of("bogor", new SlaProperties.Rantai(
        List.of("bogor-bapperida", "bogor-pemkot"), "bogor-pemkot")), null))
        .penerima("bogor", List.of("bogor-tim-verifikator"), TingkatEskalasi.ATASAN)).isEqualTo("bogor-bapperida");
  }

  private ProcessInstance mulai() {
    return ProgramUji.mulai(engine, "Batutulis");
  }

  private Task identifikasi(ProcessInstance sop) {
    return engine.getTaskService().createTaskQuery().processInstanceId(sop.getId()).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
  }

  private List<Job> jobs(Task task) {
    return JobEskalasi.tertunda(engine, task);
  }

  /** Moves the clock and runs the escalation jobs that are due, as the job executor would. */
  private void jalankanJatuhTempo(Task task, String wib) {
    JobEskalasi.jalankanJatuhTempo(engine, task.getProcessInstanceId(), wib(wib));
  }

  private List<Task> tindakLanjut(Task late) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(late.getId())
        .taskDefinitionKey("Task_TindakLanjutKeterlambatan").list();
  }

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
  }

  private static Date wib(String local) {
    return Date.from(LocalDateTime.parse(local).atZone(WIB).toInstant());
  }
}
