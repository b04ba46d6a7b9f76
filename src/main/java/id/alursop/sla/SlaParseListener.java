package id.alursop.sla;

import id.alursop.sop.SopProperties;
import id.alursop.sop.StandarWaktu;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
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

  private final ProcessEngineConfigurationImpl configuration;
  private final ObjectProvider<PenjadwalEskalasi> penjadwal;
  private final ObjectProvider<PenutupEskalasi> penutup;

  public SlaParseListener(ProcessEngineConfigurationImpl configuration, ObjectProvider<PenjadwalEskalasi> penjadwal,
      ObjectProvider<PenutupEskalasi> penutup) {
    this.configuration = configuration;
    this.penjadwal = penjadwal;
    this.penutup = penutup;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
      return;
    }
    SopProperties sop = SopProperties.of(element);
    StandarWaktu standar = sop.standarWaktu();
    if (!standar.ada()) {
      return;
    }
    // a standard given at run time (a shared sub-process): sop.waktu="${variable}", empty = none
    Map<String, Expression> ekspresi = new HashMap<>();
    Stream.concat(Stream.of(standar), standar.bawah().stream()).filter(StandarWaktu::ekspresi)
        .forEach(s -> ekspresi.put(s.teks(), configuration.getExpressionManager().createExpression(s.teks())));
    TaskDefinition task = behavior.getTaskDefinition();
    if (task.getDueDateExpression() == null) {
      task.setDueDateExpression(standar.ekspresi() ? ekspresi.get(standar.teks())
          : configuration.getExpressionManager().createExpression(standar.jatuhTempo()));
    }
    String langkah = sop.langkah().orElse(null);
    task.addTaskListener(TaskListener.EVENTNAME_CREATE, t -> {
      StandarWaktu berlaku = standar.tentukan(teks -> ekspresi.get(teks).getValue(t));
      if (berlaku.ada()) {
        penjadwal.getObject().jadwalkan(t, berlaku);
      }
    });
    task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, t -> penutup.getObject().catatSelesai(t, langkah));
    task.addTaskListener(TaskListener.EVENTNAME_DELETE, t -> penutup.getObject().akhiri(t));
  }
}
