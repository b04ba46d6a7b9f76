package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopTest;
import id.alursop.validation.FormValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each hook {@link AlurEnginePlugin} installs is where the engine uses it, and works: a Camunda
 * release that moves or drops one fails here.
 */
@AlurSopTest
class AlurEnginePluginTest {

  private static final String KUNCI = "uji-kait-engine";

  @Autowired ProcessEngine engine;
  @Autowired List<InterseptorPerintah> interseptor;
  @Autowired List<PendengarParse> pendengar;
  @Autowired List<PenanganJob> penanganJob;
  @Autowired KalenderEngine kalender;
  @Autowired JdbcTemplate jdbc;
  private Deployment penerapan;

  @AfterEach
  void hapus() {
    if (penerapan != null) {
      engine.getRepositoryService().deleteDeployment(penerapan.getId(), true);
    }
  }

  private ProcessEngineConfigurationImpl config() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void theInterceptorsAreInTheCommandChain_insideTheCommandContext_inTheStatedOrder() {
    List<CommandInterceptor> interseptorEngine = config().getCommandInterceptorsTxRequired();
    for (int i = 1; i < interseptorEngine.size(); i++) {
      assertThat(interseptorEngine.get(i - 1).getNext()).as("linked in the chain").isSameAs(interseptorEngine.get(i));
    }
    List<Class<?>> rantai = interseptorEngine.stream().<Class<?>>map(Object::getClass).toList();
    List<Class<?>> diharapkan = new ArrayList<>(List.of(DaftarTugasKelompok.class, OtorisasiTanpaCabut.TolakCabut.class));
    AlurEnginePlugin.berurutan(interseptor, InterseptorPerintah::urutan).forEach(k -> diharapkan.add(k.buat().getClass()));
    assertThat(interseptor).isNotEmpty();
    assertThat(rantai).containsSubsequence(diharapkan);
    assertThat(rantai.indexOf(CommandContextInterceptor.class)).isNotNegative()
        .isLessThan(rantai.indexOf(DaftarTugasKelompok.class));
  }

  @Test
  void aContributedInterceptorFires() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
        Map.of("namaProgram", "Program Cibuluh RW 007", "periodeMulai", "2026-12-01", "bukanIsian", "x")))
        .isInstanceOf(FormValidationException.class);
  }

  @Test
  void theParseListenersRanOnADeployedModel_dueDateAndEscalationJob_logbookOnCompletion() {
    List<Class<?>> diharapkan = AlurEnginePlugin.berurutan(pendengar, PendengarParse::urutan).stream()
        .<Class<?>>map(p -> p.buat(config()).getClass()).toList();
    assertThat(diharapkan).isNotEmpty();
    assertThat(config().getCustomPostBPMNParseListeners()).extracting(Object::getClass)
        .containsSubsequence(diharapkan);

    penerapan = engine.getRepositoryService().createDeployment().tenantId("bogor").addModelInstance(KUNCI + ".bpmn", model())
        .deploy();
    String instance = engine.getRuntimeService().createProcessInstanceByKey(KUNCI).processDefinitionTenantId("bogor")
        .execute().getId();
    Task tugas = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(tugas.getDueDate()).as("the SLA listener's due date").isNotNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).list())
        .as("the SLA listener's escalation job").extracting(j -> ((JobEntity) j).getJobHandlerType())
        .containsExactly("alur-sla-eskalasi");

    engine.getTaskService().complete(tugas.getId());
    try {
      assertThat(jdbc.queryForObject("select count(*) from logbook_entry where task_id = ?", Integer.class, tugas.getId()))
          .as("the logbook listener's entry").isEqualTo(1);
    } finally {
      jdbc.update("delete from logbook_entry where task_id = ?", tugas.getId());
    }
  }

  @Test
  void theJobHandlersAreRegisteredUnderTheirTypes() {
    assertThat(penanganJob).isNotEmpty();
    for (PenanganJob p : penanganJob) {
      assertThat(config().getJobHandlers().get(p.penangan().getType())).isInstanceOf(p.penangan().getClass());
    }
    assertThat(config().getJobHandlers()).as("the type pending jobs are stored under").containsKey("alur-sla-eskalasi");
  }

  @Test
  void dueDatesAndDurationsUseTheContributedCalendar_cyclesStayCycles() {
    Class<?> kerja = kalender.kalender().getClass();
    assertThat(config().getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME)).isInstanceOf(kerja);
    assertThat(config().getBusinessCalendarManager().getBusinessCalendar(DurationBusinessCalendar.NAME)).isInstanceOf(kerja);
    assertThat(config().getBusinessCalendarManager().getBusinessCalendar(CycleBusinessCalendar.NAME))
        .isExactlyInstanceOf(CycleBusinessCalendar.class);
  }

  @Test
  void twoContributionsInOnePlaceAreRefused() {
    record Kontribusi(int urutan) {
    }
    assertThat(AlurEnginePlugin.berurutan(List.of(new Kontribusi(2), new Kontribusi(1)), Kontribusi::urutan))
        .extracting(Kontribusi::urutan).containsExactly(1, 2);
    assertThatThrownBy(() -> AlurEnginePlugin.berurutan(List.of(new Kontribusi(1), new Kontribusi(1)), Kontribusi::urutan))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("dipakai dua kali");
  }

  private static BpmnModelInstance model() {
    return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://alursop.id/uji">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Mulai" />
            <bpmn:sequenceFlow id="Alur1" sourceRef="Mulai" targetRef="Task_Uji" />
            <bpmn:userTask id="Task_Uji" name="Langkah uji" camunda:candidateGroups="bogor-bapperida">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="sop.langkah" value="1" />
                  <camunda:property name="sop.waktu" value="P2D" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Alur2" sourceRef="Task_Uji" targetRef="Selesai" />
            <bpmn:endEvent id="Selesai" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(KUNCI)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
