package id.alursop.kalender;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendar for due dates and timer durations, in working time: an
 * ISO-8601 duration ({@code PT300M}, {@code P2D}, {@code P1W}) counts the working hours of the
 * process's agency, skipping weekends, holidays and cuti bersama; months and years stay calendar
 * time. Dates and expressions other than durations are resolved as Camunda does.
 */
public class KalenderBisnisKerja implements BusinessCalendar {

  private final KalenderInstansi kalender;
  private final BusinessCalendar bawaan = new DueDateBusinessCalendar();

  public KalenderBisnisKerja(KalenderInstansi kalender) {
    this.kalender = kalender;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    return hitung(duedateDescription, startDate, instansiEksekusi());
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    String instansi = null;
    if (task instanceof TaskEntity entity && entity.getExecution() != null) {
      instansi = instansi(entity.getExecution());
    } else if (task != null) {
      instansi = instansiEksekusi();
    }
    return hitung(duedateDescription, null, instansi);
  }

  private Date hitung(String description, Date startDate, String instansi) {
    String text = description == null ? "" : description.trim();
    if (text.isEmpty() || text.equals("-")) {
      return null; // a step without a time standard has no due date
    }
    if (!text.startsWith("P")) {
      return startDate == null ? bawaan.resolveDuedate(text) : bawaan.resolveDuedate(text, startDate);
    }
    Date mulai = startDate != null ? startDate : ClockUtil.getCurrentTime();
    return Date.from(kalender.untuk(instansi).tambah(mulai.toInstant(), DurasiKerja.parse(text)));
  }

  private String instansiEksekusi() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null || context.getExecution() == null ? null : instansi(context.getExecution());
  }

  private String instansi(ExecutionEntity execution) {
    String key = execution.getProcessDefinition() == null ? null : execution.getProcessDefinition().getKey();
    return kalender.instansi(key, execution.getTenantId());
  }
}
