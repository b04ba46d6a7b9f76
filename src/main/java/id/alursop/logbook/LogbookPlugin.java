package id.alursop.logbook;

import id.alursop.sop.NilaiProses;
import id.alursop.sop.SopProperties;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes a logbook entry for every completed user task of every model ("Setiap tahapan harus
 * didokumentasikan dalam logbook"), in the same transaction as the completion.
 */
@Component
public class LogbookPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<LogbookRepository> logbook;

  public LogbookPlugin(ObjectProvider<LogbookRepository> logbook) {
    this.logbook = logbook;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          SopProperties sop = SopProperties.of(element);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
              new CatatLogbook(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(), sop.langkah().orElse(null),
                  sop.output().orElse(null)));
        }
      }
    });
  }

  /** The task listener: one entry per completed task. */
  private final class CatatLogbook implements TaskListener {

    private final String processKey;
    private final String langkah;
    private final String output;

    CatatLogbook(String processKey, String langkah, String output) {
      this.processKey = processKey;
      this.langkah = langkah;
      this.output = output;
    }

    @Override
    public void notify(DelegateTask task) {
      String pengguna = NilaiProses.pengguna(task);
      String oleh = pengguna != null ? pengguna : task.getAssignee();
      logbook.getObject().save(new LogbookEntry(processKey, task.getProcessInstanceId(), task.getId(),
          task.getTaskDefinitionKey(), langkah, task.getName(), oleh, ClockUtil.getCurrentTime().toInstant(),
          output));
    }
  }
}
