package id.alursop.dokumen;

import id.alursop.identity.SebagaiAplikasi;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The documents of a case (one SOP instance) and who may see them.
 *
 * <p>The case of a task is its SOP instance: the instance named by the variable {@code instansSop}
 * (the review chain {@code tinjauan-berjenjang} and the escalation {@code sla-eskalasi} carry it),
 * else the root of a called instance, else the task's own instance. A document attached at any
 * step of the case is stored with the case's instance, so that every later step and reviewer
 * sees it.
 *
 * <p>Who may see a case's documents is decided here, not by the engine: whoever the engine's task
 * query shows a task (candidate group, assignee, READ_TASK; within the user's agency) sees every
 * document of its case, though a clerk has no READ on the case's instance, which the engine's
 * attachment commands ask for ({@link PenjagaLampiran}); so the documents are read as the
 * application, once this class has found the task or instance visible to the user.
 */
@Component
public class KasusDokumen {

  static final String INSTANS_SOP = "instansSop";
  private static final int KEDALAMAN = 5;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final RepositoryService repository;

  public KasusDokumen(TaskService tasks, RuntimeService runtime, HistoryService history, IdentityService identity,
      RepositoryService repository) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.repository = repository;
  }

  /** The open task, if the logged-in user may see it (the engine's own authorization and agency checks). */
  public Optional<Task> tugasTerlihat(String taskId) {
    if (taskId == null || taskId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  /** The case's instance id of a task; null for a task outside any process. */
  public String kasus(Task task) {
    return task.getProcessInstanceId() == null ? null : kasus(task.getProcessInstanceId());
  }

  String kasus(String processInstanceId) {
    return SebagaiAplikasi.jalankan(identity, () -> {
      String id = processInstanceId;
      for (int i = 0; i < KEDALAMAN; i++) {
        ProcessInstance instans = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
        if (instans == null) {
          return id;
        }
        Object sop = runtime.getVariable(id, INSTANS_SOP);
        String berikut = sop instanceof String s && !s.isBlank() ? s : instans.getRootProcessInstanceId();
        if (berikut == null || berikut.equals(id)) {
          return id;
        }
        id = berikut;
      }
      return id;
    });
  }

  /**
   * The documents of the task's case and those attached to the task itself (outside a process,
   * only those), oldest first; links without content are left out. Only for a task the user may
   * see ({@link #tugasTerlihat}): they are read as the application.
   */
  public List<Attachment> dokumen(Task task) {
    String kasus = kasus(task);
    Map<String, Attachment> lampiran = new LinkedHashMap<>();
    SebagaiAplikasi.jalankan(identity, () -> {
      if (kasus != null) {
        tasks.getProcessInstanceAttachments(kasus).forEach(a -> lampiran.put(a.getId(), a));
      }
      tasks.getTaskAttachments(task.getId()).forEach(a -> lampiran.putIfAbsent(a.getId(), a));
      return lampiran;
    });
    return lampiran.values().stream().filter(a -> a.getUrl() == null)
        .sorted(Comparator.comparing(Attachment::getCreateTime, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * Whether the task's model requires visual documentation ({@link DokumentasiVisual}); read as
   * the application (a task the user may see).
   */
  public boolean dokumentasiWajib(Task task) {
    if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return false;
    }
    return SebagaiAplikasi.jalankan(identity, () -> DokumentasiVisual.wajib(
        repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey())));
  }

  /**
   * Whether a photo or scan was attached from this task, as its completion requires when its
   * model says so ({@link DokumentasiVisual}); read as the application (a task the user may see).
   */
  public boolean dokumentasiAda(Task task) {
    return SebagaiAplikasi.jalankan(identity, () -> DokumentasiVisual.ada(tasks.getTaskAttachments(task.getId()),
        a -> tasks.getTaskAttachmentContent(task.getId(), a.getId())));
  }

  /** One document of the task's case, or empty when it is not one of them (a task the user may see). */
  public Optional<Attachment> dokumen(Task task, String lampiranId) {
    return dokumen(task).stream().filter(a -> a.getId().equals(lampiranId)).findFirst();
  }

  /**
   * The documents attached to an instance, links without content left out, read as the
   * application: only for an instance whose documents the user may see ({@link #bolehMelihatInstans}).
   */
  public List<Attachment> dokumenInstans(String processInstanceId) {
    return SebagaiAplikasi.jalankan(identity, () -> tasks.getProcessInstanceAttachments(processInstanceId)).stream()
        .filter(a -> a.getUrl() == null).toList();
  }

  /** The content of a document found with {@link #dokumen} or {@link #dokumenInstans}, read as the application. */
  public InputStream isi(Attachment lampiran) {
    return SebagaiAplikasi.jalankan(identity, () -> tasks.getAttachmentContent(lampiran.getId()));
  }

  /**
   * Whether the logged-in user may see the documents of an instance: an administrator, a reader
   * of its history or runtime (supervisors), or a performer with an open task in it or in a
   * review or escalation of it.
   */
  public boolean bolehMelihatInstans(String processInstanceId) {
    Authentication login = identity.getCurrentAuthentication();
    if (login == null || processInstanceId == null || processInstanceId.isBlank()) {
      return false;
    }
    if (login.getGroupIds() != null && login.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        || tasks.createTaskQuery().processInstanceId(processInstanceId).count() > 0
        || tasks.createTaskQuery().processVariableValueEquals(INSTANS_SOP, processInstanceId).count() > 0;
  }
}
