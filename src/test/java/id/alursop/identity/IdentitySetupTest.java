package id.alursop.identity;

import id.alursop.ProgramUji;
import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import id.alursop.organisasi.Kelompok;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groups per lane, demo users, admin, Tasklist filters and who sees which task (default profile). */
@AlurSopTest
class IdentitySetupTest {

  private static final List<String> LANES_KAMPUNG_NOL = List.of("BAPPERIDA", "Dinas Sosial", "Kelurahan",
      "Tim Verifikator", "RT", "OPD", "Mitra", "Pemkot", "OPD terkait", "Tim Monev");

  @Autowired ProcessEngine engine;
  @Autowired DaftarInstansi daftarInstansi;
  @Autowired IdentitySetup identitySetup;

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void oneGroupPerLane_namedAsTheLane() {
    Set<String> names = engine.getIdentityService().createGroupQuery().list().stream()
        .filter(g -> g.getId().startsWith("bogor-")).map(Group::getName).collect(Collectors.toSet());
    assertThat(names).containsAll(LANES_KAMPUNG_NOL);
    assertThat(engine.getIdentityService().createGroupQuery().groupId("bogor-tim-verifikator").singleResult().getName())
        .isEqualTo("Tim Verifikator");
  }

  @Test
  void demoUsers_withGroupsNamesAndPasswordDemo() {
    List<Instansi.PenggunaDemo> semuaDemo = daftarInstansi.semua().stream().flatMap(i -> i.penggunaDemo().stream())
        .toList();
    assertThat(semuaDemo).as("48 of the four agencies, 3 of the example agency").hasSize(51);
    for (Instansi.PenggunaDemo demo : semuaDemo) {
      User user = engine.getIdentityService().createUserQuery().userId(demo.id()).singleResult();
      assertThat(user).as(demo.id()).isNotNull();
      assertThat(user.getFirstName()).isNotBlank();
      assertThat(user.getLastName()).isNotBlank();
      assertThat(engine.getIdentityService().checkPassword(demo.id(), "demo")).isTrue();
      assertThat(engine.getIdentityService().createGroupQuery().groupMember(demo.id()).list())
          .extracting(Group::getId).containsExactlyInAnyOrderElementsOf(demo.kelompok());
    }
    Set<String> covered = semuaDemo.stream().flatMap(u -> u.kelompok().stream()).collect(Collectors.toSet());
    assertThat(covered).as("a demo user in every group")
        .containsAll(daftarInstansi.kelompok().stream().map(Kelompok::id).toList());
    assertThat(engine.getIdentityService().checkPassword("demo", "demo")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().userId("demo").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .isEqualTo(1);
  }

  @Test
  void aRestartWritesNothing_andPutsBackWhatTheFilesSayAndWasTakenAway() {
    var identity = engine.getIdentityService();
    var authorization = engine.getAuthorizationService();
    Map<String, Integer> revisi = authorization.createAuthorizationQuery().unlimitedList().stream()
        .collect(Collectors.toMap(a -> a.getId(), a -> ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) a)
            .getRevision()));
    identitySetup.run(null);
    assertThat(authorization.createAuthorizationQuery().unlimitedList()).as("an unchanged restart writes no authorization")
        .allSatisfy(a -> assertThat(((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) a).getRevision())
            .isEqualTo(revisi.get(a.getId())));

    // what an administrator took away in Camunda Admin, and the files still declare
    var tasklist = authorization.createAuthorizationQuery().groupIdIn("bogor-rt")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.APPLICATION).resourceId("tasklist").singleResult();
    authorization.deleteAuthorization(tasklist.getId());
    var lihat = authorization.createAuthorizationQuery().groupIdIn("bogor-kelurahan")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION)
        .resourceId("kampung-nol-kemiskinan-ekstrem").singleResult();
    lihat.removePermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    authorization.saveAuthorization(lihat);
    Group rt = identity.createGroupQuery().groupId("bogor-rt").singleResult();
    rt.setName("Diganti");
    identity.saveGroup(rt);
    identity.deleteTenantGroupMembership("bogor", "bogor-rt");
    identity.deleteMembership("bapperida.bogor", "bogor-bapperida");
    // who may start the SOP is its model's: the starter group's permission taken away, another group's added
    var mulai = authorization.createAuthorizationQuery().groupIdIn("bogor-bapperida")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION)
        .resourceId("kampung-nol-kemiskinan-ekstrem").singleResult();
    mulai.removePermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorization.saveAuthorization(mulai);
    var lain = authorization.createAuthorizationQuery().groupIdIn("bogor-rt")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION)
        .resourceId("kampung-nol-kemiskinan-ekstrem").singleResult();
    lain.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorization.saveAuthorization(lain);

    identitySetup.run(null);

    assertThat(authorization.isUserAuthorized("bapperida.bogor", List.of("bogor-bapperida"),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION, "kampung-nol-kemiskinan-ekstrem")).isTrue();
    assertThat(authorization.isUserAuthorized("rt.bogor", List.of("bogor-rt"),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION, "kampung-nol-kemiskinan-ekstrem")).isFalse();

    assertThat(identity.createGroupQuery().groupId("bogor-rt").singleResult().getName()).isEqualTo("RT");
    assertThat(identity.createTenantQuery().tenantId("bogor").groupMember("bogor-rt").count()).isEqualTo(1);
    assertThat(identity.createGroupQuery().groupMember("bapperida.bogor").list()).extracting(Group::getId)
        .contains("bogor-bapperida");
    assertThat(authorization.isUserAuthorized("rt.bogor", List.of("bogor-rt"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION,
        "tasklist")).isTrue();
    assertThat(authorization.isUserAuthorized("kelurahan.bogor", List.of("bogor-kelurahan"),
        org.camunda.bpm.engine.authorization.Permissions.READ,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION, "kampung-nol-kemiskinan-ekstrem")).isTrue();
  }

  @Test
  void twoNodesStartingTogetherReconcileOneAfterTheOther() throws Exception {
    var identity = engine.getIdentityService();
    var authorization = engine.getAuthorizationService();
    // what both would otherwise insert at once: a group's agency membership and its Tasklist access
    identity.deleteTenantGroupMembership("bogor", "bogor-mitra");
    authorization.deleteAuthorization(authorization.createAuthorizationQuery().groupIdIn("bogor-mitra")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.APPLICATION).resourceId("tasklist").singleResult()
        .getId());
    var dua = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var mulai = new java.util.concurrent.CyclicBarrier(2);
      List<java.util.concurrent.Future<?>> node = List.of(
          dua.submit(() -> { mulai.await(); identitySetup.run(null); return null; }),
          dua.submit(() -> { mulai.await(); identitySetup.run(null); return null; }));
      for (var n : node) {
        n.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      dua.shutdown();
    }
    assertThat(identity.createTenantQuery().tenantId("bogor").groupMember("bogor-mitra").count()).isEqualTo(1);
    assertThat(authorization.createAuthorizationQuery().groupIdIn("bogor-mitra")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.APPLICATION).resourceId("tasklist").count())
        .isEqualTo(1);
  }

  @Test
  void groupMembersSeeTheirGroupsTasksOnly() {
    String instance = start();
    assertThat(visibleTasks("bapperida.bogor", List.of("bogor-bapperida"), instance)).hasSize(1);
    assertThat(visibleTasks("verifikator.bogor", List.of("bogor-tim-verifikator"), instance)).isEmpty();
  }

  @Test
  void sharedFilters_readableByStaff_terlambatShowsOverdueTasks() {
    Instant now = Instant.parse("2026-12-01T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String instance = start();
    engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    Map<String, Filter> filters = engine.getFilterService().createFilterQuery().listPage(0, 100).stream()
        .collect(Collectors.toMap(Filter::getName, f -> f));
    assertThat(filters).containsKeys("Tugas kelompok saya", "Tugas saya", "Terlambat");
    assertThat(this.<Task>inFilter(filters.get("Tugas kelompok saya"), instance)).hasSize(1);
    assertThat(this.<Task>inFilter(filters.get("Terlambat"), instance)).as("not yet due").isEmpty();

    ClockUtil.setCurrentTime(Date.from(now.plus(8, ChronoUnit.DAYS)));
    assertThat(this.<Task>inFilter(filters.get("Terlambat"), instance)).as("one week standard passed").hasSize(1);
  }

  private <T> List<Task> inFilter(Filter filter, String instance) {
    return engine.getFilterService().<Task>listPage(filter.getId(), 0, 1000).stream()
        .filter(t -> instance.equals(t.getProcessInstanceId())).toList();
  }

  private List<Task> visibleTasks(String user, List<String> groups, String instance) {
    engine.getIdentityService().setAuthentication(user, groups, List.of("bogor"));
    try {
      return engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 100);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String start() {
    return ProgramUji.mulai(engine, "Bantarjati").getId();
  }
}
