package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.sop.SopLangkah;
import id.alursop.sop.SopProperties;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** A step (user task) at the moment one of its escalation levels falls. */
public record LangkahTerlambat(String taskId, String processInstanceId, String processDefinitionKey,
    String taskDefinitionKey, String langkah, String namaTugas, Instant jatuhTempo, String assignee,
    List<String> kelompokPelaksana, String instansi) {

  /** The step of a task (with its execution), inside an engine command. */
  static LangkahTerlambat dari(TaskEntity task, KalenderInstansi kalender) {
    ExecutionEntity execution = task.getExecution();
    String key = execution.getProcessDefinition().getKey();
    List<String> kelompok = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    String nomor = SopLangkah.properti(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), SopProperties.LANGKAH)
        .orElse(null);
    return new LangkahTerlambat(task.getId(), task.getProcessInstanceId(), key, task.getTaskDefinitionKey(), nomor,
        task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(), kelompok,
        kalender.instansi(key, execution.getTenantId()));
  }
}
