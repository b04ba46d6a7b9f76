package id.alursop.logbook;

import id.alursop.engine.PendengarParse;
import id.alursop.sop.NilaiProses;
import id.alursop.sop.SopProperties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Writes a logbook entry for every completed user task of every model ("Setiap tahapan harus
 * didokumentasikan dalam logbook"), in the same transaction as the completion, with the note the
 * completion submitted in the form's field {@code catatanLogbook} ({@link CatatanLogbook}).
 *
 * <p>The note belongs to the step's entry, not to the case: once written it is taken out of the
 * process's variables, so that the next step's form starts without it (Tasklist fills a form's
 * fields from the variables of the same name) and parallel steps never share one.
 */
@Component
public class PencatatLogbook implements PendengarParse {

  /** Its place among the features' parse listeners: first, where its own plugin stood. */
  static final int URUTAN = 100;

  private static final String INSERT = "insert into logbook_entry (process_definition_key, process_instance_id,"
      + " task_id, task_definition_key, langkah, nama_langkah, dikerjakan_oleh, selesai_pada, output,"
      + " catatan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Plain JDBC in the engine's transaction (the connection Spring binds to it): the entry is
   * written once and never changed, so it needs no JPA entity life cycle on the hot path. Looked up
   * at first use, then kept (the bean may not exist yet when this one is built).
   */
  private final Supplier<JdbcTemplate> jdbc;

  public PencatatLogbook(ObjectProvider<JdbcTemplate> jdbc) {
    this.jdbc = SingletonSupplier.of(jdbc::getObject);
  }

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public BpmnParseListener buat(ProcessEngineConfigurationImpl configuration) {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          SopProperties sop = SopProperties.of(element);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
              new CatatLogbook(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(), sop.langkah().orElse(null),
                  sop.output().orElse(null)));
        }
      }
    };
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
      String catatan = CatatanLogbook.untuk(task.getId()).orElse(null);
      jdbc.get().update(INSERT, processKey, task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(), langkah,
          task.getName(), oleh, java.time.OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC), output,
          catatan);
      if (CatatanLogbook.diserahkan(task.getId())) {
        task.removeVariable(CatatanLogbook.VARIABEL);
      }
    }
  }
}
