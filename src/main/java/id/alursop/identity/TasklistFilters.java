package id.alursop.identity;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, reconciled at every start: a filter missing is created, one of the
 * same name gets the current query and properties (the database outlives upgrades), and READ on
 * it is granted to whom it is for.
 *
 * <ul>
 *   <li><em>Tugas kelompok saya</em>: tasks whose candidate group is one of the user's groups,
 *       claimed or not. Everyone.
 *   <li><em>Tugas saya</em>: tasks assigned to the user. Everyone.
 *   <li><em>Terlambat</em>: the user's own overdue tasks: assigned to the user, or with one of the
 *       user's groups as candidate (claimed by a colleague or not), due before now. Everyone.
 *   <li><em>Terlambat di instansi saya</em>: every overdue task the user may see. Only the
 *       supervisors' groups ({@code pengawas} in {@code organisasi/<agency>.yaml}) may read it;
 *       they see the tasks of their agency's SOPs (READ_TASK on those definitions, given by
 *       {@link IdentitySetup}) within their agency (the engine's tenant check).
 * </ul>
 *
 * <p>All sorted by due date, and each shows on a task's card its variable {@code kasus}. Tasklist
 * reloads the first three every 10 s ({@code refresh}); the supervisors' filter when opened. The
 * engine serves the first three without its per-task authorization join
 * ({@code id.alursop.engine.DaftarTugasKelompok}, which says why that is safe). Other READ grants
 * an administrator added on a filter stay.
 */
@Component
@Order(20)
public class TasklistFilters implements ApplicationRunner {

  static final String TUGAS_KELOMPOK = "Tugas kelompok saya";
  static final String TUGAS_SAYA = "Tugas saya";
  static final String TERLAMBAT = "Terlambat";
  static final String TERLAMBAT_INSTANSI = "Terlambat di instansi saya";

  private static final String PENGGUNA = "${currentUser()}";
  private static final String KELOMPOK_PENGGUNA = "${currentUserGroups()}";
  private static final String SEKARANG = "${now()}";
  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorization;
  private final AdminAccount admin;
  private final DaftarInstansi daftarInstansi;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorization,
      AdminAccount admin, DaftarInstansi daftarInstansi) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorization = authorization;
    this.admin = admin;
    this.daftarInstansi = daftarInstansi;
  }

  @Override
  public void run(ApplicationArguments args) {
    bacaanSemua(selaraskan(TUGAS_KELOMPOK, -10, true, "Tugas untuk kelompok Anda",
        tasks.createTaskQuery().taskCandidateGroupInExpression(KELOMPOK_PENGGUNA).includeAssignedTasks()
            .orderByDueDate().asc()));
    bacaanSemua(selaraskan(TUGAS_SAYA, -5, true, "Tugas yang sudah Anda klaim",
        tasks.createTaskQuery().taskAssigneeExpression(PENGGUNA).orderByDueDate().asc()));
    bacaanSemua(selaraskan(TERLAMBAT, 0, true, "Tugas Anda dan kelompok Anda yang melewati batas waktu SOP",
        kueriTerlambat()));
    // not refreshed every 10 s: read with the engine's authorization check, a few hundred ms for an agency at
    // province scale (bench/reading.md), and a step becomes late with time, not with a colleague's work
    String instansi = selaraskan(TERLAMBAT_INSTANSI, 5, false,
        "Semua tugas di instansi Anda yang melewati batas waktu SOP",
        tasks.createTaskQuery().dueBeforeExpression(SEKARANG).orderByDueDate().asc());
    for (Instansi i : daftarInstansi.semua()) {
      i.pengawas().forEach(kelompok -> IdentitySetup.grant(authorization, kelompok, Resources.FILTER, instansi,
          Permissions.READ));
    }
  }

  /** Assigned to the user, or a candidate group of the user's (claimed or not); due before now. */
  TaskQuery kueriTerlambat() {
    return tasks.createTaskQuery()
        .or().taskAssigneeExpression(PENGGUNA).taskCandidateGroupInExpression(KELOMPOK_PENGGUNA).includeAssignedTasks()
        .endOr()
        .dueBeforeExpression(SEKARANG).orderByDueDate().asc();
  }

  /** Creates the filter, or gives the one of that name the current query and properties; returns its id. */
  private String selaraskan(String nama, int prioritas, boolean segarkan, String keterangan, TaskQuery kueri) {
    Map<String, Object> properti = new LinkedHashMap<>();
    properti.put("priority", prioritas);
    properti.put("description", keterangan);
    properti.put("refresh", segarkan);
    properti.put("variables", List.of(Map.of("name", "kasus", "label", "Kasus")));
    Filter filter = filters.createFilterQuery().filterName(nama).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(nama).setOwner(admin.user());
      LOG.info("Tasklist filter '{}' created", nama);
    }
    filter.setQuery(kueri);
    filter.setProperties(properti);
    return filters.saveFilter(filter).getId();
  }

  /** Every user may read the filter. */
  private void bacaanSemua(String filterId) {
    boolean terbaca = authorization.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).userIdIn(Authorization.ANY).count() > 0;
    if (!terbaca) {
      Authorization auth = authorization.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      auth.setUserId(Authorization.ANY);
      auth.setResource(Resources.FILTER);
      auth.setResourceId(filterId);
      auth.addPermission(Permissions.READ);
      authorization.saveAuthorization(auth);
    }
  }
}
