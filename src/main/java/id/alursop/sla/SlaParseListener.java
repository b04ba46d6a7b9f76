package id.alursop.sla;

import id.alursop.sop.SopProperties;
import id.alursop.sop.StandarWaktu;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Binds every user task whose step has a time standard ({@code sop.waktu}), in every model, to
 * it: the standard becomes the task's due date (resolved in working time by the engine's
 * business calendar), the escalation levels are scheduled when the task is created and ended
 * when it is completed or deleted. A due date drawn in the model wins.
 *
 * <p>A task with {@code alur.tenggat = langkah} is a part of a step held to its time as a whole:
 * its due date and levels are its step's ({@link JamLangkah}), started by the step's first part
 * (which brings the standard); a part without a standard of its own (a rework in the review
 * chain) follows the step's clock too.
 */
public class SlaParseListener extends AbstractBpmnParseListener {

  private final ProcessEngineConfigurationImpl configuration;
  private final ObjectProvider<PenjadwalEskalasi> penjadwal;
  private final ObjectProvider<PenutupEskalasi> penutup;
  private final ObjectProvider<JamLangkah> jamLangkah;

  public SlaParseListener(ProcessEngineConfigurationImpl configuration, ObjectProvider<PenjadwalEskalasi> penjadwal,
      ObjectProvider<PenutupEskalasi> penutup, ObjectProvider<JamLangkah> jamLangkah) {
    this.configuration = configuration;
    this.penjadwal = penjadwal;
    this.penutup = penutup;
    this.jamLangkah = jamLangkah;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
      return;
    }
    SopProperties sop = SopProperties.of(element);
    StandarWaktu standar = sop.standarWaktu();
    Expression tenggat = sop.tenggat().map(configuration.getExpressionManager()::createExpression).orElse(null);
    if (!standar.ada() && tenggat == null) {
      return;
    }
    // a standard given at run time (a shared sub-process): sop.waktu="${variable}", empty = none
    Map<String, Expression> ekspresi = new HashMap<>();
    Stream.concat(Stream.of(standar), standar.bawah().stream()).filter(StandarWaktu::ekspresi)
        .forEach(s -> ekspresi.put(s.teks(), configuration.getExpressionManager().createExpression(s.teks())));
    TaskDefinition task = behavior.getTaskDefinition();
    if (task.getDueDateExpression() == null && standar.ada()) {
      task.setDueDateExpression(standar.ekspresi() ? ekspresi.get(standar.teks())
          : configuration.getExpressionManager().createExpression(standar.jatuhTempo()));
    }
    String langkah = sop.langkah().orElse(null);
    task.addTaskListener(TaskListener.EVENTNAME_CREATE, t -> {
      StandarWaktu berlaku = standar.tentukan(teks -> ekspresi.get(teks).getValue(t));
      Optional<JamLangkah.Jam> jam = tenggat != null && SopProperties.TENGGAT_LANGKAH.equals(tenggat.getValue(t))
          ? nomorLangkah(t, langkah).flatMap(n -> jamLangkah.getObject().untuk(((TaskEntity) t).getExecution(), n, berlaku))
          : Optional.empty();
      if (jam.isPresent()) {
        penjadwal.getObject().jadwalkan(t, jam.get());
      } else if (berlaku.ada()) {
        penjadwal.getObject().jadwalkan(t, berlaku);
      }
    });
    task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, t -> {
      if (standar.ada() || t.getDueDate() != null) {
        penutup.getObject().catatSelesai(t, langkah);
      } else {
        penutup.getObject().akhiri(t);
      }
    });
    task.addTaskListener(TaskListener.EVENTNAME_DELETE, t -> penutup.getObject().akhiri(t));
  }

  /** The task's step: its own {@code sop.langkah}, or in a shared sub-process the calling step's. */
  private static Optional<String> nomorLangkah(DelegateTask task, String langkah) {
    if (langkah != null) {
      return Optional.of(langkah);
    }
    Object dariPemanggil = task.getVariable(SopProperties.VARIABEL_LANGKAH_SOP);
    return dariPemanggil == null || dariPemanggil.toString().isBlank() ? Optional.empty()
        : Optional.of(dariPemanggil.toString().trim());
  }
}
