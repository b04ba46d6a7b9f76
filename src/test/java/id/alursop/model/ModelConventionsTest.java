package id.alursop.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every user task of every model: a candidate group, an existing form, a due date from its standard. */
@AlurSopTest
class ModelConventionsTest {

  @Autowired ProcessEngine engine;

  @Test
  void everyUserTaskHasCandidateGroupFormAndDueDate() throws IOException {
    Set<String> formIds = formIds();
    List<Path> models = files(Path.of("processes"), ".bpmn");
    assertThat(models).isNotEmpty();
    int checked = 0;
    for (Path model : models) {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
      for (Process process : bpmn.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", process.getId()).isNotBlank();
        List<ProcessDefinitionEntity> deployed = deployed(process.getId());
        for (UserTask task : process.getChildElementsByType(UserTask.class)) {
          checked++;
          String where = process.getId() + "/" + task.getId();
          assertThat(task.getCamundaCandidateGroups()).as("%s candidate groups", where).isNotBlank();
          assertThat(task.getCamundaFormRef()).as("%s formRef", where).isNotBlank();
          assertThat(formIds).as("%s form exists", where).contains(task.getCamundaFormRef());
          assertThat(task.getCamundaFormRefBinding()).as("%s form binding", where).isEqualTo("latest");
          String waktu = sopWaktu(task);
          for (ProcessDefinitionEntity definition : deployed) {
            UserTaskActivityBehavior behavior =
                (UserTaskActivityBehavior) definition.findActivity(task.getId()).getActivityBehavior();
            if (waktu != null) {
              assertThat(behavior.getTaskDefinition().getDueDateExpression()).as("%s due date", where).isNotNull();
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  /** The deployed definitions of a process, one per agency (tenant) that has it. */
  private List<ProcessDefinitionEntity> deployed(String key) {
    List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().list();
    assertThat(definitions).as("process %s deployed", key).isNotEmpty();
    assertThat(definitions).extracting(ProcessDefinition::getTenantId).as("deployed for agencies").doesNotContainNull();
    return definitions.stream().map(d -> (ProcessDefinitionEntity) ((RepositoryServiceImpl) engine.getRepositoryService())
        .getDeployedProcessDefinition(d.getId())).toList();
  }

  private static String sopWaktu(UserTask task) {
    if (task.getExtensionElements() == null) {
      return null;
    }
    return task.getExtensionElements().getElementsQuery().filterByType(
            org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> "sop.waktu".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(Path.of("forms"), ".form")) {
      ids.add(json.readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
