package id.alursop.identity;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters every user sees: created once, readable by all. */
@Component
@Order(20)
public class TasklistFilters implements ApplicationRunner {

  static final String TUGAS_KELOMPOK = "Tugas kelompok saya";
  static final String TUGAS_SAYA = "Tugas saya";
  static final String TERLAMBAT = "Terlambat";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorization;
  private final AdminAccount admin;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorization,
      AdminAccount admin) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorization = authorization;
    this.admin = admin;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(TUGAS_KELOMPOK, -10, "Tugas untuk kelompok Anda",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc());
    ensure(TUGAS_SAYA, -5, "Tugas yang sudah Anda klaim",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(TERLAMBAT, 0, "Tugas yang melewati batas waktu SOP",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name).setOwner(admin.user()).setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filters.saveFilter(filter);
    }
    String filterId = filter.getId();
    boolean readable = authorization.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).userIdIn(Authorization.ANY).count() > 0;
    if (!readable) {
      Authorization auth = authorization.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      auth.setUserId(Authorization.ANY);
      auth.setResource(Resources.FILTER);
      auth.setResourceId(filterId);
      auth.addPermission(Permissions.READ);
      authorization.saveAuthorization(auth);
    }
  }
}
