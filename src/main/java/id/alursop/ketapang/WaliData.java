package id.alursop.ketapang;

import id.alursop.sop.Daftar;
import id.alursop.sop.NilaiProses;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * OPD as wali data ("paling lambat 14 hari kerja"): each OPD asked answers in its own task;
 * compilation starts when all answered or the deadline passed, with the OPD that did not answer
 * recorded ({@code opdBelumMenjawab}).
 */
@Component("waliData")
public class WaliData {

  private final JawabanWaliDataRepository jawaban;
  private final Daftar daftar;

  public WaliData(JawabanWaliDataRepository jawaban, Daftar daftar) {
    this.jawaban = jawaban;
    this.daftar = daftar;
  }

  /** An OPD's task completed: it answered. */
  public void catatJawaban(DelegateTask task, String langkah) {
    jawaban.save(new JawabanWaliData(task.getProcessInstanceId(), langkah, String.valueOf(task.getVariable("opd")),
        JawabanWaliData.Status.MENJAWAB, NilaiProses.pengguna(task), ClockUtil.getCurrentTime().toInstant()));
  }

  /** Before compiling: the OPD asked that did not answer, recorded and put in the process. */
  public void catatBelumMenjawab(DelegateExecution execution, String langkah, String variabelOpd) {
    Set<String> menjawab = jawaban.findByInstansSopAndLangkahOrderById(execution.getProcessInstanceId(), langkah)
        .stream().filter(j -> j.getStatus() == JawabanWaliData.Status.MENJAWAB).map(JawabanWaliData::getOpd)
        .collect(Collectors.toSet());
    List<String> belum = daftar.dari(execution.getVariable(variabelOpd)).stream()
        .filter(opd -> !menjawab.contains(opd)).toList();
    belum.forEach(opd -> jawaban.save(new JawabanWaliData(execution.getProcessInstanceId(), langkah, opd,
        JawabanWaliData.Status.TIDAK_MENJAWAB, null, ClockUtil.getCurrentTime().toInstant())));
    execution.setVariable("opdBelumMenjawab", String.join(",", belum));
    execution.setVariable("jumlahOpdBelumMenjawab", belum.size());
  }
}
