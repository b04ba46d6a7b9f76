package id.alursop.sla;

import id.alursop.sop.SopProperties;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task whose step has a time standard ({@code sop.waktu}) a due date, for every
 * model: the duration becomes the task's due-date expression, resolved by the engine's business
 * calendar when the task is created. A due date drawn in the model wins.
 */
public class DueDateParseListener extends AbstractBpmnParseListener {

  private final ProcessEngineConfigurationImpl configuration;

  public DueDateParseListener(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
      return;
    }
    TaskDefinition task = behavior.getTaskDefinition();
    if (task.getDueDateExpression() != null) {
      return;
    }
    ExpressionManager expressions = configuration.getExpressionManager();
    SopProperties.of(element).waktu().map(SopWaktu::dueDuration)
        .ifPresent(duration -> task.setDueDateExpression(expressions.createExpression(duration)));
  }
}
