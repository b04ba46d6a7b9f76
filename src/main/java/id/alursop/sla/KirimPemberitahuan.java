package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/** "Kirim pemberitahuan" in {@code sla-eskalasi}: the in-app alert (and e-mail) for the receiving group. */
@Component("kirimPemberitahuan")
public class KirimPemberitahuan implements JavaDelegate {

  private final KalenderInstansi kalender;
  private final PencatatPeringatan pencatat;

  public KirimPemberitahuan(KalenderInstansi kalender, PencatatPeringatan pencatat) {
    this.kalender = kalender;
    this.pencatat = pencatat;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskEntity task = Context.getCommandContext().getTaskManager()
        .findTaskById((String) execution.getVariable("tugasId"));
    if (task != null) {
      pencatat.catat(LangkahTerlambat.dari(task, kalender), TingkatEskalasi.valueOf((String) execution.getVariable("tingkat")),
          (String) execution.getVariable("kelompokPenerima"), null);
    }
  }
}
