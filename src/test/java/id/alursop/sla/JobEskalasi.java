package id.alursop.sla;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Runs escalation jobs in tests as the job executor would: what is due, then what that scheduled. */
public final class JobEskalasi {

  private JobEskalasi() {
  }

  /** The task's pending escalation jobs, earliest first. */
  public static List<Job> tertunda(ProcessEngine engine, Task task) {
    String awalan = EskalasiJobHandler.Konfigurasi.awalan(task.getId());
    return engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
        .orderByJobDuedate().asc().list().stream()
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().startsWith(awalan)).toList();
  }

  /** Moves the clock to {@code saat} and runs every job of the instance due by then, until none is left. */
  public static void jalankanJatuhTempo(ProcessEngine engine, String processInstanceId, Date saat) {
    ClockUtil.setCurrentTime(saat);
    List<Job> jatuhTempo;
    do {
      jatuhTempo = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).list().stream()
          .filter(job -> !job.getDuedate().after(saat)).toList();
      jatuhTempo.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    } while (!jatuhTempo.isEmpty());
  }

  /**
   * Lets the task's levels fall one after the other (the clock moved to each job's due date, the
   * job run) and returns the moments, in order; the clock is left at the last one.
   */
  public static List<Date> semuaTingkat(ProcessEngine engine, Task task) {
    List<Date> saat = new ArrayList<>();
    for (List<Job> jobs = tertunda(engine, task); !jobs.isEmpty(); jobs = tertunda(engine, task)) {
      if (jobs.size() != 1) {
        throw new AssertionError("one pending escalation job per step, found " + jobs.size());
      }
      Job job = jobs.get(0);
      saat.add(job.getDuedate());
      ClockUtil.setCurrentTime(job.getDuedate());
      engine.getManagementService().executeJob(job.getId());
    }
    return saat;
  }
}
