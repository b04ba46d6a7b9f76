package id.alursop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopTest;
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
    String bogor = engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
        Map.of("kelurahan", "Cibuluh", "rw", "005", "periodeMulai", "2026-12-01")).getId();
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

  /** The index that lets the database read the group list's first page in due-date order and stop. */
  @Test
  void theTaskTableHasTheGroupListIndex_dueDateThenTheDistinctColumns() throws Exception {
    java.util.SortedMap<Short, String> kolom = new java.util.TreeMap<>();
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.ResultSet indeks = c.getMetaData().getIndexInfo(null, null, "ACT_RU_TASK", false, false)) {
      while (indeks.next()) {
        if (DaftarTugasKelompokPlugin.INDEKS.equalsIgnoreCase(indeks.getString("INDEX_NAME"))) {
          kolom.put(indeks.getShort("ORDINAL_POSITION"), indeks.getString("COLUMN_NAME").toUpperCase());
        }
      }
    }
    assertThat(kolom.values()).containsExactly("DUE_DATE_", "REV_", "ID_");
  }

  @Test
  void theGroupListNeedsNoPerTaskRow_otherQueriesStillDo() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
        Map.of("kelurahan", "Cibuluh", "rw", "006", "periodeMulai", "2026-12-01")).getId();
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
