package id.alursop.kasus;

import id.alursop.engine.PendengarParse;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Gives every user task of every model its {@link PenandaKasus}: the case named on each task card. */
@Component
public class PendengarKasus implements PendengarParse {

  /** Before the SLA's listeners, so the case is named when a step's escalation is scheduled. */
  static final int URUTAN = 150;

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public BpmnParseListener buat(ProcessEngineConfigurationImpl configuration) {
    return new AbstractBpmnParseListener() {
      private PenandaKasus penanda;

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          if (penanda == null) {
            penanda = new PenandaKasus(configuration.getExpressionManager());
          }
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, penanda);
        }
      }
    };
  }
}
