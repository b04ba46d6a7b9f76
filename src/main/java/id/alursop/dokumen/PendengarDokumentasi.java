package id.alursop.dokumen;

import id.alursop.engine.PendengarParse;
import id.alursop.sop.SopProperties;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task whose model requires visual documentation ({@code alur.dokumentasi} =
 * {@code wajib}) the check {@link DokumentasiVisual} on completion, in every model. The check is
 * a built-in listener of the task, so it runs before the model's own completion listeners (and
 * the logbook's): a refused completion does none of the step's work.
 */
@Component
public class PendengarDokumentasi implements PendengarParse {

  /** Its place among the features' parse listeners: after the logbook, before the case names. */
  static final int URUTAN = 120;

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public BpmnParseListener buat(ProcessEngineConfigurationImpl configuration) {
    return new AbstractBpmnParseListener() {
      private final DokumentasiVisual periksa = new DokumentasiVisual();

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
            && DokumentasiVisual.nilaiWajib(SopProperties.of(element).values().get(DokumentasiVisual.PROPERTI))) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, periksa);
        }
      }
    };
  }
}
