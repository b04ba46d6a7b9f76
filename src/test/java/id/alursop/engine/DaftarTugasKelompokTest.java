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
    assertThat(AkuisisiJobTest.kolomIndeks(dataSource, "ACT_RU_TASK", IndeksDaftarTugas.INDEKS))
        .containsExactly("TENANT_ID_", "DUE_DATE_", "ID_", "SUSPENSION_STATE_", "CREATE_TIME_");
    assertThat(AkuisisiJobTest.kolomIndeks(dataSource, "ACT_RU_TASK", IndeksDaftarTugas.INDEKS_LAMA))
        .as("the narrower index it replaces is gone").isEmpty();
  }

  /** The index on the forms' key that the form rules' "latest" lookup of every completion reads. */
  @Test
  void theFormDefinitionTableHasTheKeyIndex_keyTenantVersion() throws Exception {
    assertThat(AkuisisiJobTest.kolomIndeks(dataSource, "ACT_RE_CAMFORMDEF", IndeksDaftarTugas.INDEKS_FORMULIR))
        .containsExactly("KEY_", "TENANT_ID_", "VERSION_");
  }

  @Test
  void theGroupListNeedsNoPerTaskRow_otherQueriesStillDo() {
    String instance = ProgramUji.mulai(engine, "Tegallega", "006", "2026-12-01").getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult().getId();
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
    assertThat(DaftarTugasKelompok.hanyaMilikSendiri(sendiri, auth)).isTrue();
    assertThat(boleh(kueri().taskCandidateGroup("bogor-bapperida"), auth)).isTrue();
    assertThat(boleh(kueri().taskCandidateGroup("bogor-pemkot"), auth))
        .as("another group").isFalse();
    assertThat(boleh(kueri().taskCandidateGroupIn(List.of("bogor-bapperida",
        "bogor-pemkot")), auth)).isFalse();
    assertThat(boleh(kueri(), auth)).as("no candidate restriction").isFalse();
    assertThat(boleh(kueri().taskCandidateGroup("bogor-bapperida").or()
        .taskAssignee("x").endOr(), auth)).as("an OR block narrows the user's own groups' tasks further").isTrue();
    assertThat(boleh(kueri().taskCandidateUser("bapperida.bogor"), auth)).isFalse();
    assertThat(boleh(kueri().taskAssigneeExpression("${currentUser()}"), auth)).as("Tugas saya").isTrue();
    assertThat(DaftarTugasKelompok.hanyaMilikSendiri((TaskQueryImpl) filter("Tugas saya").getQuery(), auth)).isTrue();
    assertThat(boleh(kueri().taskAssignee("bapperida.bogor"), auth)).isTrue();
    assertThat(boleh(kueri().taskAssignee("pemkot.bogor"), auth)).as("another user's tasks").isFalse();
    assertThat(boleh(kueri().taskAssigneeLike("bapperida%"), auth)).isFalse();
  }

  /** An OR block qualifies when each of its alternatives is the user's own: assignee, candidate groups. */
  @Test
  void anOrBlockOfTheUserAsAssigneeOrTheUsersGroupsQualifies_nothingElseInIt() {
    Authentication auth = new Authentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    TaskQueryImpl terlambat = (TaskQueryImpl) filter("Terlambat").getQuery();
    assertThat(DaftarTugasKelompok.hanyaMilikSendiri(terlambat, auth)).as("the filter Terlambat").isTrue();
    assertThat(boleh(kueri().or().taskAssignee("bapperida.bogor")
        .taskCandidateGroupIn(List.of("bogor-bapperida")).endOr().dueBefore(new java.util.Date()), auth)).isTrue();
    assertThat(boleh(kueri().or().taskAssigneeExpression("${currentUser()}").endOr(),
        auth)).as("the user as assignee alone").isTrue();
    assertThat(boleh(kueri().or().taskAssignee("pemkot.bogor")
        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr(), auth)).as("another user").isFalse();
    assertThat(boleh(kueri().or().taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupIn(List.of("bogor-pemkot")).endOr(), auth)).as("another group").isFalse();
    assertThat(boleh(kueri().or().taskAssigneeExpression("${currentUser()}")
        .processDefinitionKey("kampung-nol-kemiskinan-ekstrem").endOr(), auth))
        .as("any other alternative admits tasks the user may not read").isFalse();
    assertThat(boleh(kueri().or().taskAssigneeExpression("${currentUser()}")
        .dueBefore(new java.util.Date()).endOr(), auth)).as("a due date as an alternative").isFalse();
    assertThat(boleh(kueri().or().taskAssigneeExpression("${currentUser()}")
        .taskCandidateUser("bapperida.bogor").endOr(), auth)).as("a candidate user").isFalse();
    assertThat(boleh(kueri().or().taskAssigneeLike("bapperida%").endOr(), auth))
        .isFalse();
    assertThat(boleh(kueri().or().taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${kelompokLain()}").endOr(), auth)).as("another expression").isFalse();
    assertThat(boleh(kueri().or().endOr().dueBefore(new java.util.Date()), auth))
        .as("an empty OR block").isFalse();
    assertThat(DaftarTugasKelompok.hanyaMilikSendiri((TaskQueryImpl) filter("Terlambat").getQuery(),
        new Authentication("tanpa.kelompok", List.of(), List.of("bogor")))).as("a user without groups").isFalse();
    assertThat(boleh(kueri().or().taskAssignee("bapperida.bogor").endOr()
        .or().processDefinitionKey("x").taskName("y").endOr(), auth)).as("one qualifying block of two").isTrue();
  }

  /**
   * "Terlambat" (assigned to the user, or a candidate group of the user's; due before now), the
   * group list and "Tugas saya", served without the authorization join, give what Camunda's own checked query
   * gives: the same tasks in the same order, page by page, and the same count.
   */
  @Test
  void terlambatAndTheGroupList_fastPathEqualsCamundasCheckedQuery_listAndCount() {
    String saya = "uji.cepat";
    String rekan = "rekan.uji.cepat";
    List<String> kelompok = List.of("bogor-uji-cepat", "bogor-uji-cepat-dua");
    String lain = "bogor-uji-cepat-lain";
    kelompok.forEach(this::kelompokBaru);
    kelompokBaru(lain);
    record Rencana(String tenant, Integer hari, String penerima, String calon) {
    }
    List<Rencana> rencana = java.util.Arrays.asList(
        new Rencana("bogor", -2, saya, kelompok.get(0)), // 0 overdue
        new Rencana("bogor", -1, rekan, kelompok.get(1)), // 1 overdue, a colleague claimed it
        new Rencana("bogor", 0, null, kelompok.get(0)), // 2 due now: not before now
        new Rencana("bogor", -3, saya, null), // 3 overdue, assigned to the user, no candidate
        new Rencana("bogor", null, rekan, kelompok.get(0)), // 4 no due date
        new Rencana("bogor", -1, null, kelompok.get(1)), // 5 overdue (a tie with 1)
        new Rencana("bogor", 1, saya, kelompok.get(0)), // 6 not yet due
        new Rencana("bogor", -1, rekan, lain), // 7 another group's
        new Rencana("bogor", -2, null, kelompok.get(0)), // 8 overdue (a tie with 0)
        new Rencana("ketapang", -1, saya, kelompok.get(0)), // 9 another agency
        new Rencana("bogor", -1, null, lain), // 10 another group's
        new Rencana(null, -1, saya, null)); // 11 overdue, without agency, assigned to the user
    long kini = System.currentTimeMillis();
    List<String> dibuat = new java.util.ArrayList<>();
    try {
      for (Rencana r : rencana) {
        Task t = engine.getTaskService().newTask();
        t.setName("Uji cepat " + dibuat.size());
        t.setTenantId(r.tenant());
        t.setDueDate(r.hari() == null ? null : new java.util.Date(kini + r.hari() * 86_400_000L));
        t.setAssignee(r.penerima());
        engine.getTaskService().saveTask(t);
        if (r.calon() != null) {
          engine.getTaskService().addCandidateGroup(t.getId(), r.calon());
        }
        dibuat.add(t.getId());
      }
      java.util.Date sekarang = new java.util.Date(kini);
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(sekarang);
      engine.getIdentityService().setAuthentication(saya, kelompok, List.of("bogor"));
      assertThat(engine.getFilterService().<Task>listPage(filter("Terlambat").getId(), 0, 2000)).extracting(Task::getId)
          .as("overdue: assigned to the user or of the user's groups, in the user's agency")
          .containsExactlyInAnyOrder(dibuat.get(0), dibuat.get(1), dibuat.get(3), dibuat.get(5), dibuat.get(8),
              dibuat.get(11));
      assertThat(engine.getFilterService().<Task>listPage(filter("Tugas kelompok saya").getId(), 0, 2000)).extracting(Task::getId)
          .filteredOn(dibuat::contains).containsExactlyInAnyOrder(dibuat.get(0), dibuat.get(1), dibuat.get(2),
              dibuat.get(4), dibuat.get(5), dibuat.get(6), dibuat.get(8));
      for (Filter filter : List.of(filter("Terlambat"), filter("Tugas kelompok saya"), filter("Tugas saya"))) {
        for (boolean tasklist : List.of(false, true)) {
          // Tasklist extends a filter with its own sorting (by creation, after the filter's) and "active"
          org.camunda.bpm.engine.task.TaskQuery perluasan = tasklist
              ? engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().desc() : null;
          org.camunda.bpm.engine.task.TaskQuery diperiksa = switch (filter.getName()) {
            case "Terlambat" -> engine.getTaskService().createTaskQuery().or().taskAssignee(saya)
                .taskCandidateGroupIn(kelompok).includeAssignedTasks().endOr().dueBefore(sekarang).orderByDueDate().asc();
            case "Tugas saya" -> engine.getTaskService().createTaskQuery().taskAssignee(saya).orderByDueDate().asc();
            default -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(kelompok).includeAssignedTasks()
                .orderByDueDate().asc();
          };
          if (tasklist) {
            diperiksa = diperiksa.active().orderByTaskCreateTime().desc();
          }
          String nama = filter.getName() + (tasklist ? ", as Tasklist asks" : "");
          List<String> camunda = diperiksa.orderByTaskId().asc().listPage(0, 2000).stream().map(Task::getId).toList();
          List<String> cepat = engine.getFilterService().listPage(filter.getId(), perluasan, 0, 2000).stream()
              .map(Task::getId).toList();
          assertThat(cepat).as(nama).isNotEmpty().containsExactlyElementsOf(camunda);
          assertThat(engine.getFilterService().count(filter.getId(), perluasan)).as(nama + ", count")
              .isEqualTo(diperiksa.count()).isEqualTo(camunda.size());
          List<String> halaman = new java.util.ArrayList<>();
          for (int awal = 0; awal < camunda.size(); awal += 2) {
            engine.getFilterService().listPage(filter.getId(), perluasan, awal, 2).forEach(t -> halaman.add(t.getId()));
          }
          assertThat(halaman).as(nama + ", pages of 2").containsExactlyElementsOf(camunda);
        }
      }
      assertThat(engine.getFilterService().listPage(filter("Terlambat").getId(),
          engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().desc(), 0, 2000))
          .extracting(Task::getId).as("extended as Tasklist does, still only the user's own")
          .containsExactlyInAnyOrder(dibuat.get(0), dibuat.get(1), dibuat.get(3), dibuat.get(5), dibuat.get(8),
              dibuat.get(11));
      // an OR block the search adds to a filter stays in the query the engine runs
      java.util.Date lama = new java.util.Date(kini - 60 * 3_600_000L);
      assertThat(engine.getFilterService().listPage(filter("Tugas saya").getId(), engine.getTaskService()
          .createTaskQuery().or().dueBefore(lama).taskName("Uji cepat 6").endOr(), 0, 2000)).extracting(Task::getId)
          .containsExactlyInAnyOrder(dibuat.get(3), dibuat.get(6))
          .containsExactlyInAnyOrderElementsOf(engine.getTaskService().createTaskQuery().taskAssignee(saya).or()
              .dueBefore(lama).taskName("Uji cepat 6").endOr().listPage(0, 2000).stream().map(Task::getId).toList());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
      dibuat.forEach(id -> engine.getTaskService().deleteTask(id, true));
    }
  }

  /**
   * "Tugas kelompok saya" is counted from the candidate links alone: each task once however many
   * of the user's groups are its candidates, claimed ones too, the user's agencies and tasks
   * without agency only, and with Tasklist's "active" no suspended task: always Camunda's own
   * checked count.
   */
  @Test
  void theGroupListCount_fromTheLinks_equalsCamundasCheckedCount() {
    String saya = "uji.tautan";
    List<String> kelompok = List.of("bogor-uji-tautan", "bogor-uji-tautan-dua");
    kelompok.forEach(this::kelompokBaru);
    record Rencana(String tenant, String penerima, List<String> calon) {
    }
    List<Rencana> rencana = List.of(
        new Rencana("bogor", null, List.of(kelompok.get(0))), // counted
        new Rencana("bogor", null, kelompok), // two of the user's groups: counted once
        new Rencana("bogor", "rekan.uji.tautan", List.of(kelompok.get(1))), // claimed by a colleague: counted
        new Rencana("ketapang", null, List.of(kelompok.get(0))), // another agency: not counted
        new Rencana(null, null, List.of(kelompok.get(1))), // without agency: counted
        new Rencana("bogor", saya, List.of())); // the user's, without candidate: not in the group list
    List<String> dibuat = new java.util.ArrayList<>();
    String bogor = ProgramUji.mulai(engine, "Tautan").getId();
    try {
      for (Rencana r : rencana) {
        Task t = engine.getTaskService().newTask();
        t.setName("Uji tautan " + dibuat.size());
        t.setTenantId(r.tenant());
        t.setAssignee(r.penerima());
        engine.getTaskService().saveTask(t);
        r.calon().forEach(g -> engine.getTaskService().addCandidateGroup(t.getId(), g));
        dibuat.add(t.getId());
      }
      // a suspended task of the user's group: a Kampung Nol programme's first step, its instance suspended
      Task program = engine.getTaskService().createTaskQuery().processInstanceId(bogor).list().get(0);
      engine.getTaskService().addCandidateGroup(program.getId(), kelompok.get(0));
      engine.getRuntimeService().suspendProcessInstanceById(bogor);
      Filter filter = filter("Tugas kelompok saya");
      engine.getIdentityService().setAuthentication(saya, kelompok, List.of("bogor"));
      org.camunda.bpm.engine.task.TaskQuery tasklist = engine.getTaskService().createTaskQuery().active()
          .orderByTaskCreateTime().desc();
      assertThat(DaftarTugasKelompok.hitungDariTautan((TaskQueryImpl) filter.getQuery(),
          new Authentication(saya, kelompok, List.of("bogor")))).as("the filter's own query").isTrue();
      assertThat(engine.getFilterService().count(filter.getId())).as("all, suspended included")
          .isEqualTo(5).isEqualTo(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(kelompok)
              .includeAssignedTasks().count());
      assertThat(engine.getFilterService().count(filter.getId(), tasklist)).as("as Tasklist asks: active only")
          .isEqualTo(4).isEqualTo(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(kelompok)
              .includeAssignedTasks().active().count());
      assertThat(engine.getFilterService().listPage(filter.getId(), tasklist, 0, 100)).extracting(Task::getId)
          .as("the page lists what the count counts").containsExactlyInAnyOrder(dibuat.get(0), dibuat.get(1),
              dibuat.get(2), dibuat.get(4));
      // a probe that the count as Tasklist asks is read from the links: a link's agency altered by
      // hand (Camunda never does) shows in that count and not in the engine's
      org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
      assertThat(DaftarTugasKelompok.hitungDariTautan((TaskQueryImpl) filter.extend(tasklist).getQuery(),
          new Authentication(saya, kelompok, List.of("bogor")))).as("extended as Tasklist does").isTrue();
      jdbc.update("update ACT_RU_IDENTITYLINK set TENANT_ID_ = 'ketapang' where TASK_ID_ = ?", dibuat.get(0));
      try {
        assertThat(engine.getFilterService().count(filter.getId(), tasklist)).isEqualTo(3);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(kelompok).includeAssignedTasks()
            .active().count()).isEqualTo(4);
      } finally {
        jdbc.update("update ACT_RU_IDENTITYLINK set TENANT_ID_ = 'bogor' where TASK_ID_ = ?", dibuat.get(0));
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
      dibuat.forEach(id -> engine.getTaskService().deleteTask(id, true));
      engine.getRuntimeService().deleteProcessInstance(bogor, "uji selesai", true);
    }
  }

  /** Only a list of the user's own groups' tasks, claimed or not, at most active ones, is counted from the links. */
  @Test
  void onlyTheOwnGroupsListIsCountedFromTheLinks() {
    Authentication auth = new Authentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    java.util.function.Predicate<org.camunda.bpm.engine.task.TaskQuery> tautan = q ->
        DaftarTugasKelompok.hitungDariTautan((TaskQueryImpl) q, auth);
    assertThat(tautan.test(kueri().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .active())).isTrue();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-bapperida").includeAssignedTasks())).isTrue();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-bapperida"))).as("unclaimed only: the task's assignee")
        .isFalse();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-bapperida").includeAssignedTasks().suspended()))
        .as("suspended only").isFalse();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-bapperida").includeAssignedTasks().dueBefore(
        new java.util.Date()))).as("a criterion of the task").isFalse();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-bapperida").includeAssignedTasks().tenantIdIn("bogor")))
        .as("the query's own agency").isFalse();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-bapperida").includeAssignedTasks().or()
        .taskName("x").taskDescription("y").endOr())).as("a search's OR block").isFalse();
    assertThat(tautan.test(kueri().taskCandidateGroup("bogor-pemkot").includeAssignedTasks()))
        .as("another group").isFalse();
    assertThat(tautan.test((org.camunda.bpm.engine.task.TaskQuery) filter("Terlambat").getQuery())).isFalse();
    assertThat(tautan.test((org.camunda.bpm.engine.task.TaskQuery) filter("Tugas saya").getQuery())).isFalse();
  }

  /** The assignee's row is what makes the OR block safe; without the join the list does not read it. */
  @Test
  void terlambatNeedsNoPerTaskRow_theCheckedQueryDoes() {
    kelompokBaru("bogor-uji-tanpa-baris");
    Task t = engine.getTaskService().newTask();
    t.setName("Tugas uji tanpa baris");
    t.setTenantId("bogor");
    t.setDueDate(new java.util.Date(System.currentTimeMillis() - 86_400_000L));
    t.setAssignee("uji.tanpa.baris");
    engine.getTaskService().saveTask(t);
    try {
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(t.getId()).userIdIn("uji.tanpa.baris").list())
          .as("Camunda granted the assignee READ on the task").singleElement()
          .satisfies(a -> assertThat(a.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.READ)).isTrue());
      for (Authorization a : engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(t.getId()).list()) {
        engine.getAuthorizationService().deleteAuthorization(a.getId());
      }
      engine.getIdentityService().setAuthentication("uji.tanpa.baris", List.of("bogor-uji-tanpa-baris"), List.of("bogor"));
      Filter terlambat = filter("Terlambat");
      assertThat(engine.getFilterService().<Task>listPage(terlambat.getId(), 0, 2000)).extracting(Task::getId).containsExactly(t.getId());
      assertThat(engine.getFilterService().count(terlambat.getId())).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().taskAssignee("uji.tanpa.baris").listPage(0, 100))
          .as("a query outside the lists is checked against the rows").isEmpty();
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getTaskService().deleteTask(t.getId(), true);
    }
  }

  private org.camunda.bpm.engine.task.TaskQuery kueri() {
    return engine.getTaskService().createTaskQuery();
  }

  private static boolean boleh(org.camunda.bpm.engine.task.TaskQuery query, Authentication auth) {
    return DaftarTugasKelompok.hanyaMilikSendiri((TaskQueryImpl) query, auth);
  }

  private void kelompokBaru(String id) {
    if (engine.getIdentityService().createGroupQuery().groupId(id).count() == 0) {
      engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(id));
    }
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
