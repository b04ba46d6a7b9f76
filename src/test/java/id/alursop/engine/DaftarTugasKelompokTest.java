package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AlurSopTest
class DaftarTugasKelompokTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  javax.sql.DataSource dataSource;

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theGroupListShowsExactlyTheTasksWhoseCandidateIsTheUsersGroup_inTheUsersAgency() {
    String bogor = ProgramUji.mulai(engine, "Tegallega").getId();
    String ketapang = engine.getRuntimeService().createProcessInstanceByKey("ketapang-rencana-definitif")
        .processDefinitionTenantId("ketapang").setVariables(Map.of("tahunAnggaran", 2027L, "perihal", "RD 2027"))
        .execute().getId();
    Filter kelompok = filter("Tugas kelompok saya");

    assertThat(daftar(kelompok, "bapperida.bogor", List.of("bogor-bapperida"), "bogor"))
        .extracting(Task::getProcessInstanceId).contains(bogor).doesNotContain(ketapang);
    assertThat(daftar(kelompok, "verifikator.bogor", List.of("bogor-tim-verifikator"), "bogor"))
        .extracting(Task::getProcessInstanceId).doesNotContain(bogor, ketapang);
    assertThat(daftar(kelompok, "kabid.ketapang", List.of("ketapang-kabid"), "ketapang"))
        .extracting(Task::getProcessInstanceId).contains(ketapang).doesNotContain(bogor);
    assertThat(daftar(kelompok, "penyusup", List.of("bogor-bapperida"), "ketapang"))
        .as("a group of another agency's name is still held to the user's own agency")
        .extracting(Task::getProcessInstanceId).doesNotContain(bogor);
  }

  /**
   * The group list's page is read by its own statement (tasks picked by id, no distinct): each
   * task once even when two of the user's groups are its candidates, in due-date order with the
   * id breaking ties, pages that neither overlap nor skip, and the same tasks as the engine's own
   * query.
   */
  @Test
  void theGroupListPage_eachTaskOnce_dueDateOrder_sameTasksAsTheEnginesOwnQuery() {
    List<String> kelompok = List.of("bogor-bapperida", "bogor-pemkot");
    List<String> dibuat = new java.util.ArrayList<>();
    java.util.Date dasar = new java.util.Date(4_102_444_800_000L); // 2100-01-01: after every other test's task
    try {
      for (int i = 0; i < 7; i++) {
        Task t = engine.getTaskService().newTask();
        t.setName("Uji halaman " + i);
        t.setTenantId("bogor");
        t.setDueDate(new java.util.Date(dasar.getTime() + (i % 3) * 86_400_000L)); // ties on purpose
        engine.getTaskService().saveTask(t);
        engine.getTaskService().addCandidateGroup(t.getId(), kelompok.get(i % 2));
        if (i % 3 == 0) {
          engine.getTaskService().addCandidateGroup(t.getId(), kelompok.get((i + 1) % 2)); // both groups
        }
        dibuat.add(t.getId());
      }
      Filter filter = filter("Tugas kelompok saya");
      engine.getIdentityService().setAuthentication("uji.halaman", kelompok, List.of("bogor"));
      List<Task> semua = engine.getFilterService().<Task>listPage(filter.getId(), 0, 2000).stream()
          .filter(t -> dibuat.contains(t.getId())).toList();
      List<Task> halaman = new java.util.ArrayList<>();
      int jumlah = (int) engine.getFilterService().count(filter.getId()).longValue();
      for (int awal = 0; awal < jumlah; awal += 3) {
        engine.getFilterService().<Task>listPage(filter.getId(), awal, 3).stream()
            .filter(t -> dibuat.contains(t.getId())).forEach(halaman::add);
      }
      engine.getIdentityService().clearAuthentication();

      assertThat(semua).extracting(Task::getId).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(dibuat);
      assertThat(semua).extracting(t -> t.getDueDate().getTime() + "|" + t.getId()).isSorted();
      assertThat(halaman).extracting(Task::getId).as("pages of 3 neither overlap nor skip")
          .containsExactlyElementsOf(semua.stream().map(Task::getId).toList());
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(kelompok).tenantIdIn("bogor")
          .orderByDueDate().asc().listPage(0, 2000)).extracting(Task::getId).filteredOn(dibuat::contains)
          .as("the engine's own query").containsExactlyInAnyOrderElementsOf(dibuat);
    } finally {
      engine.getIdentityService().clearAuthentication();
      dibuat.forEach(id -> engine.getTaskService().deleteTask(id, true));
    }
  }

  /** Only a page sorted by the task's own columns is read by Alur SOP's statement. */
  @Test
  void ownStatementOnlyForSortsByTaskColumns() {
    assertThat(DaftarTugasKelompok.urutanKolomTugas((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .orderByDueDate().asc().orderByTaskPriority().desc())).isTrue();
    assertThat(DaftarTugasKelompok.urutanKolomTugas((TaskQueryImpl) engine.getTaskService().createTaskQuery()))
        .as("unsorted").isFalse();
    assertThat(DaftarTugasKelompok.urutanKolomTugas((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .orderByProcessVariable("jumlah", org.camunda.bpm.engine.variable.type.ValueType.INTEGER).asc()))
        .as("by a variable").isFalse();
    assertThat(DaftarTugasKelompok.urutanKolomTugas((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .orderByTaskNameCaseInsensitive().asc())).as("by name, case-insensitive").isFalse();
  }

  /** The index that lets the database read one agency's tasks in the page's order and stop. */
  @Test
  void theTaskTableHasTheGroupListIndex_agencyDueDateId() throws Exception {
    java.util.SortedMap<Short, String> kolom = new java.util.TreeMap<>();
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.ResultSet indeks = c.getMetaData().getIndexInfo(null, null, "ACT_RU_TASK", false, false)) {
      while (indeks.next()) {
        if (IndeksDaftarTugas.INDEKS.equalsIgnoreCase(indeks.getString("INDEX_NAME"))) {
          kolom.put(indeks.getShort("ORDINAL_POSITION"), indeks.getString("COLUMN_NAME").toUpperCase());
        }
      }
    }
    assertThat(kolom.values()).containsExactly("TENANT_ID_", "DUE_DATE_", "ID_");
  }

  @Test
  void theGroupListNeedsNoPerTaskRow_otherQueriesStillDo() {
    String instance = ProgramUji.mulai(engine, "Tegallega", "006", "2026-12-01").getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    // the row Camunda wrote when the group became the task's candidate: without it, only the
    // candidate link tells that the task is the group's
    for (Authorization a : engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task).list()) {
      engine.getAuthorizationService().deleteAuthorization(a.getId());
    }
    assertThat(daftar(filter("Tugas kelompok saya"), "bapperida.bogor", List.of("bogor-bapperida"), "bogor"))
        .extracting(Task::getId).contains(task);
    engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 100))
        .as("a query not limited to the user's groups is checked against the rows").isEmpty();
  }

  @Test
  void onlyQueriesLimitedToTheUsersOwnGroupsQualify() {
    Authentication auth = new Authentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    TaskQueryImpl sendiri = (TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri(sendiri, auth)).isTrue();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("bogor-bapperida"), auth)).isTrue();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("bogor-pemkot"), auth)).as("another group").isFalse();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .taskCandidateGroupIn(List.of("bogor-bapperida", "bogor-pemkot")), auth)).isFalse();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri((TaskQueryImpl) engine.getTaskService().createTaskQuery(), auth))
        .as("no candidate restriction").isFalse();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("bogor-bapperida").or().taskAssignee("x").endOr(), auth)).as("an OR branch").isFalse();
    assertThat(DaftarTugasKelompok.hanyaKelompokSendiri((TaskQueryImpl) engine.getTaskService().createTaskQuery()
        .taskCandidateUser("bapperida.bogor"), auth)).isFalse();
  }

  @Test
  void aFilterTheUserMayNotReadStaysRefused() {
    Filter pribadi = engine.getFilterService().newTaskFilter("Pribadi admin").setOwner("demo")
        .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    engine.getFilterService().saveFilter(pribadi);
    try {
      engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
      assertThatThrownBy(() -> engine.getFilterService().listPage(pribadi.getId(), 0, 10))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getFilterService().deleteFilter(pribadi.getId());
    }
  }

  private Filter filter(String nama) {
    return engine.getFilterService().createFilterQuery().filterName(nama).singleResult();
  }

  private List<Task> daftar(Filter filter, String user, List<String> groups, String tenant) {
    engine.getIdentityService().setAuthentication(user, groups, List.of(tenant));
    try {
      return engine.getFilterService().<Task>listPage(filter.getId(), 0, 1000);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
