package id.alursop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared Tasklist filters, through the engine's filter service as Tasklist calls it: what a
 * clerk, another agency's clerk and a supervisor see in each, and the reconciliation of an older
 * filter definition at start-up.
 */
@AlurSopTest
class TasklistFiltersTest {

  private static final long HARI = 86_400_000L;
  private static final String SAYA = "uji.saring";
  private static final String REKAN = "rekan.uji.saring";
  private static final String KELOMPOK = "bogor-uji-saring";
  private static final String KELOMPOK_LAIN = "bogor-uji-saring-lain";
  private static final String KELOMPOK_KETAPANG = "ketapang-uji-saring";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TasklistFilters tasklistFilters;

  @Autowired
  DaftarInstansi daftarInstansi;

  private final List<String> dibuat = new ArrayList<>();
  private Date sekarang;

  @BeforeEach
  void tugas() {
    List.of(KELOMPOK, KELOMPOK_LAIN, KELOMPOK_KETAPANG).forEach(id -> {
      if (engine.getIdentityService().createGroupQuery().groupId(id).count() == 0) {
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(id));
      }
    });
    sekarang = new Date(System.currentTimeMillis() / 1000 * 1000);
    ClockUtil.setCurrentTime(sekarang);
    tugas("bogor", -2, null, KELOMPOK); // 0 overdue, the group's
    tugas("bogor", -1, REKAN, KELOMPOK); // 1 overdue, the group's, claimed by a colleague
    tugas("bogor", 1, null, KELOMPOK); // 2 not yet due
    tugas("bogor", -3, SAYA, null); // 3 overdue, assigned to the clerk
    tugas("bogor", 2, SAYA, null); // 4 not yet due, assigned to the clerk
    tugas("bogor", -1, null, KELOMPOK_LAIN); // 5 overdue, another group's
    tugas("bogor", -1, REKAN, null); // 6 overdue, a colleague's own
    tugas("ketapang", -1, null, KELOMPOK); // 7 overdue, the group's name in another agency
    tugas("ketapang", -1, null, KELOMPOK_KETAPANG); // 8 overdue, the Ketapang clerk's group
    tugas("bogor", null, null, KELOMPOK); // 9 without due date
  }

  @AfterEach
  void bersihkan() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
    dibuat.forEach(id -> engine.getTaskService().deleteTask(id, true));
  }

  @Test
  void aClerkSeesTheirGroupsTasks_theirOwn_andTheirOwnOverdueOnes_sortedByDueDate() {
    masuk(SAYA, KELOMPOK, "bogor");
    assertThat(daftar(TasklistFilters.TUGAS_KELOMPOK)).filteredOn(dibuat::contains)
        .containsExactlyInAnyOrder(id(0), id(1), id(2), id(9));
    assertThat(daftar(TasklistFilters.TUGAS_SAYA)).containsExactly(id(3), id(4));
    assertThat(daftar(TasklistFilters.TERLAMBAT)).as("own and the groups', due before now, oldest first")
        .containsExactly(id(3), id(0), id(1));
    assertThat(daftarTasklist(TasklistFilters.TERLAMBAT)).as("as Tasklist asks for it").containsExactly(id(3), id(0),
        id(1));
    assertThat(engine.getFilterService().count(filter(TasklistFilters.TERLAMBAT).getId())).isEqualTo(3);
    assertThat(namaFilter()).as("the filters a clerk sees").contains(TasklistFilters.TUGAS_KELOMPOK,
        TasklistFilters.TUGAS_SAYA, TasklistFilters.TERLAMBAT).doesNotContain(TasklistFilters.TERLAMBAT_INSTANSI);
  }

  @Test
  void anotherAgencysClerkSeesNoneOfThem() {
    masuk("uji.saring.ketapang", KELOMPOK_KETAPANG, "ketapang");
    assertThat(daftar(TasklistFilters.TUGAS_KELOMPOK)).containsExactly(id(8));
    assertThat(daftar(TasklistFilters.TUGAS_SAYA)).isEmpty();
    assertThat(daftar(TasklistFilters.TERLAMBAT)).containsExactly(id(8));
    assertThat(daftarTasklist(TasklistFilters.TERLAMBAT)).containsExactly(id(8));
    assertThat(engine.getFilterService().count(filter(TasklistFilters.TERLAMBAT).getId())).isEqualTo(1);
    masuk("uji.saring.ketapang", KELOMPOK, "ketapang");
    assertThat(daftar(TasklistFilters.TERLAMBAT)).as("a Kota Bogor group's name does not open Kota Bogor's tasks")
        .containsExactly(id(7));
  }

  /**
   * Supervisors read the tasks of their agency's SOPs (READ_TASK on those definitions) and the
   * engine keeps them to their agency: their filter shows exactly their agency's overdue SOP steps.
   */
  @Test
  void aSupervisorSeesEveryOverdueStepOfTheirAgency_andNoOtherAgencys() {
    List<String> tugasBogor = new ArrayList<>();
    for (String rw : List.of("001", "002", "003")) {
      tugasBogor.addAll(terlambatkan(ProgramUji.mulai(engine, "Sempur", rw, "2026-12-01").getId()));
    }
    String ketapang = engine.getRuntimeService().createProcessInstanceByKey("ketapang-rencana-definitif")
        .processDefinitionTenantId("ketapang").setVariables(Map.of("tahunAnggaran", 2027L, "perihal", "RD 2027 saring"))
        .execute().getId();
    List<String> tugasKetapang = terlambatkan(ketapang);
    Instansi kotaBogor = daftarInstansi.cari("bogor").orElseThrow();
    List<String> harapan = engine.getTaskService().createTaskQuery().tenantIdIn("bogor").dueBefore(sekarang)
        .processDefinitionKeyIn(kotaBogor.sop().toArray(String[]::new)).list().stream().map(Task::getId).toList();

    masuk("uji.pengawas.bogor", "bogor-pengawas", "bogor");
    assertThat(namaFilter()).contains(TasklistFilters.TERLAMBAT_INSTANSI);
    Filter filter = filter(TasklistFilters.TERLAMBAT_INSTANSI);
    List<Task> terlihat = engine.getFilterService().<Task>listPage(filter.getId(), 0, 2000);
    assertThat(terlihat).extracting(Task::getId).containsAll(tugasBogor).doesNotContainAnyElementsOf(tugasKetapang)
        .doesNotContainAnyElementsOf(dibuat).containsExactlyInAnyOrderElementsOf(harapan);
    assertThat(terlihat).extracting(Task::getTenantId).containsOnly("bogor");
    assertThat(terlihat).extracting(t -> t.getDueDate().getTime()).isSorted().allMatch(t -> t < sekarang.getTime());
    assertThat(engine.getFilterService().count(filter.getId())).isEqualTo(harapan.size());
    org.camunda.bpm.engine.task.TaskQuery diperiksa = engine.getTaskService().createTaskQuery().dueBefore(sekarang)
        .orderByDueDate().asc().orderByTaskId().asc();
    assertThat(terlihat).extracting(Task::getId).as("read by Alur SOP's statement, as Camunda's checked query reads it")
        .containsExactlyElementsOf(diperiksa.listPage(0, 2000).stream().map(Task::getId).toList());
    assertThat(daftarTasklist(TasklistFilters.TERLAMBAT_INSTANSI)).as("as Tasklist asks for it")
        .containsExactlyInAnyOrderElementsOf(harapan);
    List<String> halaman = new ArrayList<>();
    for (int awal = 0; awal < harapan.size(); awal += 2) {
      engine.getFilterService().<Task>listPage(filter.getId(), awal, 2).forEach(t -> halaman.add(t.getId()));
    }
    assertThat(halaman).as("pages of 2").containsExactlyElementsOf(terlihat.stream().map(Task::getId).toList());
    assertThat(daftar(TasklistFilters.TERLAMBAT)).as("a supervisor's own list: no task of theirs").isEmpty();

    masuk(SAYA, KELOMPOK, "bogor");
    assertThat(namaFilter()).doesNotContain(TasklistFilters.TERLAMBAT_INSTANSI);
  }

  /** READ on the supervisors' filter: every agency's supervisor groups, from the agencies' files, and no one else. */
  @Test
  void theSupervisorsFilterIsReadableByEveryAgencysSupervisors_only() {
    String filter = filter(TasklistFilters.TERLAMBAT_INSTANSI).getId();
    List<String> pengawas = daftarInstansi.semua().stream().flatMap(i -> i.pengawas().stream()).toList();
    assertThat(pengawas).contains("bogor-pengawas", "ketapang-pengawas", "contoh-pengawas");
    List<Authorization> bacaan = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filter).list().stream()
        .filter(a -> a.isPermissionGranted(Permissions.READ)).toList();
    assertThat(bacaan).filteredOn(a -> a.getGroupId() != null).extracting(Authorization::getGroupId)
        .containsExactlyInAnyOrderElementsOf(pengawas);
    assertThat(bacaan).filteredOn(a -> a.getUserId() != null).extracting(Authorization::getUserId)
        .as("besides the supervisors, only the filter's owner").containsExactly("demo");
  }

  /** The database outlives upgrades: at start an older definition of a filter is brought up to date. */
  @Test
  void atStartAnOlderFilterDefinitionGetsTheCurrentQueryAndProperties() {
    Filter terlambat = filter(TasklistFilters.TERLAMBAT);
    terlambat.setQuery(engine.getTaskService().createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    terlambat.setProperties(Map.of("priority", 0, "description", "Tugas yang melewati batas waktu SOP", "refresh", true));
    engine.getFilterService().saveFilter(terlambat);
    engine.getFilterService().deleteFilter(filter(TasklistFilters.TERLAMBAT_INSTANSI).getId());
    masuk(SAYA, KELOMPOK, "bogor");
    assertThat(daftar(TasklistFilters.TERLAMBAT)).as("the old definition: every overdue task the user may read")
        .contains(id(3), id(0), id(1));
    engine.getIdentityService().clearAuthentication();

    tasklistFilters.run(null);

    for (String nama : List.of(TasklistFilters.TUGAS_KELOMPOK, TasklistFilters.TUGAS_SAYA, TasklistFilters.TERLAMBAT,
        TasklistFilters.TERLAMBAT_INSTANSI)) {
      assertThat(engine.getFilterService().createFilterQuery().filterName(nama).count()).as(nama).isEqualTo(1);
      assertThat(filter(nama).getProperties()).as(nama).containsKeys("priority", "description")
          .containsEntry("refresh", !nama.equals(TasklistFilters.TERLAMBAT_INSTANSI))
          .containsEntry("variables", List.of(Map.of("name", "kasus", "label", "Kasus")));
    }
    Filter baru = filter(TasklistFilters.TERLAMBAT);
    assertThat(baru.getId()).as("the same filter, updated").isEqualTo(terlambat.getId());
    assertThat(baru.getProperties()).containsEntry("description",
        "Tugas Anda dan kelompok Anda yang melewati batas waktu SOP");
    assertThat(((TaskQueryImpl) baru.getQuery()).getQueries()).hasSize(2);
    masuk(SAYA, KELOMPOK, "bogor");
    assertThat(daftar(TasklistFilters.TERLAMBAT)).containsExactly(id(3), id(0), id(1));
    engine.getIdentityService().clearAuthentication();
    theSupervisorsFilterIsReadableByEveryAgencysSupervisors_only();
  }

  private void tugas(String tenant, Integer hari, String penerima, String calon) {
    Task t = engine.getTaskService().newTask();
    t.setName("Uji saring " + dibuat.size());
    t.setTenantId(tenant);
    t.setDueDate(hari == null ? null : new Date(sekarang.getTime() + hari * HARI));
    t.setAssignee(penerima);
    engine.getTaskService().saveTask(t);
    if (calon != null) {
      engine.getTaskService().addCandidateGroup(t.getId(), calon);
    }
    dibuat.add(t.getId());
  }

  /** The instance's open steps, due a day ago. */
  private List<String> terlambatkan(String instance) {
    List<Task> langkah = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
    assertThat(langkah).isNotEmpty();
    for (Task t : langkah) {
      t.setDueDate(new Date(sekarang.getTime() - HARI));
      engine.getTaskService().saveTask(t);
    }
    return langkah.stream().map(Task::getId).toList();
  }

  private String id(int i) {
    return dibuat.get(i);
  }

  private void masuk(String pengguna, String kelompok, String tenant) {
    engine.getIdentityService().setAuthentication(pengguna, List.of(kelompok), List.of(tenant));
  }

  private List<String> daftar(String nama) {
    return engine.getFilterService().<Task>listPage(filter(nama).getId(), 0, 2000).stream().map(Task::getId).toList();
  }

  /** The list as Tasklist asks for it: extended by its sorting (by creation, after the filter's own) and "active". */
  private List<String> daftarTasklist(String nama) {
    return engine.getFilterService().listPage(filter(nama).getId(),
        engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().desc(), 0, 2000).stream()
        .map(Task::getId).toList();
  }

  private List<String> namaFilter() {
    return engine.getFilterService().createFilterQuery().listPage(0, 100).stream().map(Filter::getName).toList();
  }

  private Filter filter(String nama) {
    return engine.getFilterService().createFilterQuery().filterName(nama).singleResult();
  }
}
