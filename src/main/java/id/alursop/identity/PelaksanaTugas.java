package id.alursop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Whether the logged-in user performs a task, as its model names the performer: the task's
 * assignee, one of its candidate users, a member of one of its candidate groups, or an
 * administrator. Someone who may only read the task (a supervisor with READ_TASK) does not. The
 * task's links are read as the application (a clerk may not read them).
 */
public final class PelaksanaTugas {

  private PelaksanaTugas() {
  }

  public static boolean adalah(IdentityService identity, TaskService tasks, Task task) {
    Authentication login = identity.getCurrentAuthentication();
    if (login == null || login.getUserId() == null || task == null) {
      return false;
    }
    String pengguna = login.getUserId();
    List<String> kelompok = login.getGroupIds() == null ? List.of() : login.getGroupIds();
    if (kelompok.contains(Groups.CAMUNDA_ADMIN) || pengguna.equals(task.getAssignee())) {
      return true;
    }
    return SebagaiAplikasi.jalankan(identity, () -> tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
            && (pengguna.equals(l.getUserId()) || (l.getGroupId() != null && kelompok.contains(l.getGroupId())))));
  }
}
