package id.alursop.sla;

import id.alursop.sop.SopProperties;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Binds every user task whose step has a time standard ({@code sop.waktu}), in every model, to
 * it: the standard becomes the task's due date (resolved in working time by the engine's
 * business calendar), the escalation levels are scheduled when the task is created and ended
 * when it is completed or deleted. A due date drawn in the model wins.
 */
public class SlaParseListener extends AbstractBpmnParseListener {

  /** Lower bound of a range standard ("30-60 hari": sop.waktu P60D, sop.waktu.bawah P30D). */
  public static final String WAKTU_BAWAH = "sop.waktu.bawah";

  private final ProcessEngineConfigurationImpl configuration;
  private final ObjectProvider<EskalasiSla> eskalasi;

  public SlaParseListener(ProcessEngineConfigurationImpl configuration, ObjectProvider<EskalasiSla> eskalasi) {
    this.configuration = configuration;
    this.eskalasi = eskalasi;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
      return;
    }
    SopProperties sop = SopProperties.of(element);
    if (sop.waktu().isEmpty()) {
      return;
    }
    String waktu = sop.waktu().get();
    TaskDefinition task = behavior.getTaskDefinition();
    // a standard given at run time (a shared sub-process): sop.waktu="${variable}", empty = none
    Expression waktuEkspresi = waktu.contains("${") ? configuration.getExpressionManager().createExpression(waktu) : null;
    if (task.getDueDateExpression() == null) {
      task.setDueDateExpression(waktuEkspresi != null ? waktuEkspresi
          : configuration.getExpressionManager().createExpression(SopWaktu.dueDuration(waktu)));
    }
    String waktuBawah = sop.values().get(WAKTU_BAWAH);
    String langkah = sop.langkah().orElse(null);
    task.addTaskListener(TaskListener.EVENTNAME_CREATE, t -> {
      String standar = waktuEkspresi == null ? waktu : (String) waktuEkspresi.getValue(t);
      if (standar != null && !standar.isBlank() && !standar.equals("-")) {
        eskalasi.getObject().jadwalkan(t, langkah, standar, waktuBawah);
      }
    });
    task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, t -> eskalasi.getObject().catatSelesai(t, langkah));
    task.addTaskListener(TaskListener.EVENTNAME_DELETE, t -> eskalasi.getObject().akhiri(t));
  }
}
