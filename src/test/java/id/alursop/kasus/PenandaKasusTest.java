package id.alursop.kasus;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every task card names its case: the task-local variable {@code kasus} from the model's
 * {@code alur.kasus} (task, else process, else the caller's), on the real engine; and every
 * model of the product names the case of each of its user tasks.
 */
@AlurSopTest
class PenandaKasusTest {

  private static final String DIPANGGIL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Def_UjiKasusDipanggil" targetNamespace="http://alursop.id/bpmn">
        <bpmn:process id="uji-kasus-dipanggil" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Mulai" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Mulai" targetRef="Task_Tinjau" />
          <bpmn:userTask id="Task_Tinjau" name="Tinjau" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Tinjau" targetRef="EndEvent_Selesai" />
          <bpmn:endEvent id="EndEvent_Selesai" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private static final String PEMANGGIL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Def_UjiKasus" targetNamespace="http://alursop.id/bpmn">
        <bpmn:process id="uji-kasus" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:extensionElements><camunda:properties>
            <camunda:property name="alur.kasus" value="Perkara ${nomor}" />
          </camunda:properties></bpmn:extensionElements>
          <bpmn:startEvent id="StartEvent_Mulai" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Mulai" targetRef="Task_Perkara" />
          <bpmn:userTask id="Task_Perkara" name="Perkara" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Perkara" targetRef="Task_PerOrang" />
          <bpmn:userTask id="Task_PerOrang" name="Per orang">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="alur.kasus" value="${orang} (perkara ${nomor})" />
            </camunda:properties></bpmn:extensionElements>
            <bpmn:multiInstanceLoopCharacteristics camunda:collection="${daftarOrang}" camunda:elementVariable="orang" />
          </bpmn:userTask>
          <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_PerOrang" targetRef="CallActivity_Tinjau" />
          <bpmn:callActivity id="CallActivity_Tinjau" calledElement="uji-kasus-dipanggil" />
          <bpmn:sequenceFlow id="Flow_4" sourceRef="CallActivity_Tinjau" targetRef="EndEvent_Selesai" />
          <bpmn:endEvent id="EndEvent_Selesai" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired ProcessEngine engine;
  private static String deployment;

  @BeforeAll
  static void deploy(@Autowired ProcessEngine engine) {
    deployment = engine.getRepositoryService().createDeployment().name("uji-kasus")
        .addString("uji-kasus.bpmn", PEMANGGIL).addString("uji-kasus-dipanggil.bpmn", DIPANGGIL).deploy().getId();
  }

  @AfterAll
  static void undeploy(@Autowired ProcessEngine engine) {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void processTaskMultiInstanceAndCalledProcess_eachCardNamesItsCase() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("uji-kasus",
        Map.of("nomor", "12/2026", "daftarOrang", List.of("Ani", "Budi"))).getId();
    Task perkara = satu(instance);
    assertThat(kasus(perkara)).isEqualTo("Perkara 12/2026");
    assertThat(engine.getTaskService().getVariable(perkara.getId(), "kasus"))
        .as("local to the task, not a process variable").isEqualTo("Perkara 12/2026");
    assertThat(engine.getRuntimeService().getVariable(instance, "kasus")).isNull();
    assertThat(perkara.getName()).as("the task keeps the diagram's name").isEqualTo("Perkara");
    engine.getTaskService().complete(perkara.getId());

    List<Task> perOrang = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
    assertThat(perOrang).extracting(this::kasus).containsExactlyInAnyOrder("Ani (perkara 12/2026)", "Budi (perkara 12/2026)");
    perOrang.forEach(t -> engine.getTaskService().complete(t.getId()));

    String dipanggil = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult().getId();
    Task tinjau = satu(dipanggil);
    assertThat(kasus(tinjau)).as("a called process without its own names its caller's case").isEqualTo("Perkara 12/2026");
  }

  @Test
  void missingVariable_taskCreatedWithoutName_longNameCut() {
    String tanpa = engine.getRuntimeService().startProcessInstanceByKey("uji-kasus").getId();
    Task task = satu(tanpa);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Perkara");
    assertThat(kasus(task)).isNull();

    String panjang = engine.getRuntimeService().startProcessInstanceByKey("uji-kasus", Map.of("nomor", "x".repeat(300)))
        .getId();
    String nama = (String) kasus(satu(panjang));
    assertThat(nama).hasSize(PenandaKasus.PANJANG_MAKS).startsWith("Perkara xxx").endsWith("…");
  }

  /**
   * Every user task of the product's models names its case: by its own property (a multi-instance
   * task must: its case is the item), or by its process's, or its process is only ever called.
   */
  @Test
  void everyModelNamesTheCaseOfEachUserTask() throws Exception {
    List<Path> model = new ArrayList<>();
    for (String folder : List.of("processes", "contoh/instansi/processes")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(p -> p.toString().endsWith(".bpmn")).forEach(model::add);
      }
    }
    List<String> dipanggil = new ArrayList<>();
    List<BpmnModelInstance> semua = new ArrayList<>();
    for (Path p : model) {
      BpmnModelInstance m = Bpmn.readModelFromFile(new File(p.toString()));
      semua.add(m);
      m.getModelElementsByType(CallActivity.class).forEach(c -> dipanggil.add(c.getCalledElement()));
    }
    List<String> tanpaKasus = new ArrayList<>();
    int diperiksa = 0;
    for (BpmnModelInstance m : semua) {
      for (UserTask task : m.getModelElementsByType(UserTask.class)) {
        diperiksa++;
        Process proses = (Process) PenandaKasus.proses(task);
        boolean sendiri = PenandaKasus.properti(task).isPresent();
        boolean ok = task.getLoopCharacteristics() != null ? sendiri
            : sendiri || PenandaKasus.properti(proses).isPresent() || dipanggil.contains(proses.getId());
        if (!ok) {
          tanpaKasus.add(proses.getId() + "/" + task.getId());
        }
      }
    }
    assertThat(model).as("the models were found").isNotEmpty();
    assertThat(diperiksa).as("user tasks were checked").isPositive();
    assertThat(tanpaKasus).isEmpty();
  }

  private Task satu(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private Object kasus(Task task) {
    return engine.getTaskService().getVariableLocal(task.getId(), PenandaKasus.VARIABEL);
  }
}
