package id.alursop.sla;

import id.alursop.kasus.PenandaKasus;
import id.alursop.kalender.KalenderInstansi;
import id.alursop.sla.EskalasiJobHandler.Konfigurasi;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * What a level does when its job fires: recorded once, the next level scheduled; a reminder goes
 * to whoever holds the step, the supervisor and head levels start the follow-up process
 * {@code sla-eskalasi}.
 */
@Component
public class PemicuEskalasi {

  public static final String PROSES_ESKALASI = "sla-eskalasi";

  private final KalenderInstansi kalender;
  private final PenjadwalEskalasi penjadwal;
  private final PencatatPeringatan pencatat;
  private final RuntimeService runtime;
  private final MeterRegistry meters;

  public PemicuEskalasi(KalenderInstansi kalender, PenjadwalEskalasi penjadwal, PencatatPeringatan pencatat,
      RuntimeService runtime, MeterRegistry meters) {
    this.kalender = kalender;
    this.penjadwal = penjadwal;
    this.pencatat = pencatat;
    this.runtime = runtime;
    this.meters = meters;
  }

  /** A level falls, without later levels. */
  public void picu(String taskId, TingkatEskalasi tingkat) {
    picu(new Konfigurasi(taskId, tingkat));
  }

  /**
   * A level falls (from its job): recorded once, the next level scheduled; superiors get a
   * follow-up process.
   */
  public void picu(Konfigurasi konfigurasi) {
    String taskId = konfigurasi.taskId();
    TingkatEskalasi tingkat = konfigurasi.tingkat();
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null || pencatat.sudahDicatat(taskId, tingkat)) {
      return; // done meanwhile, or delivered twice: the first delivery scheduled the next level
    }
    penjadwal.lanjutkan(task, konfigurasi.berikut());
    LangkahTerlambat langkah = LangkahTerlambat.dari(task, kalender);
    meters.counter("alur.sla.peringatan", "proses", langkah.processDefinitionKey(), "langkah",
        String.valueOf(langkah.langkah()), "tingkat", tingkat.name()).increment();
    if (!tingkat.keAtasan()) {
      String kelompok = langkah.assignee() == null ? String.join(",", langkah.kelompokPelaksana()) : null;
      pencatat.catat(langkah, tingkat, kelompok, langkah.assignee());
      return;
    }
    Map<String, Object> variabel = new HashMap<>();
    variabel.put("tugasId", taskId);
    variabel.put("tingkat", tingkat.name());
    variabel.put("instansi", langkah.instansi());
    variabel.put("kelompokPelaksana", String.join(",", langkah.kelompokPelaksana()));
    variabel.put("namaTugas", langkah.namaTugas());
    variabel.put("langkah", langkah.langkah());
    variabel.put("prosesSop", langkah.processDefinitionKey());
    variabel.put("namaSop", task.getProcessDefinition() == null ? langkah.processDefinitionKey()
        : task.getProcessDefinition().getName());
    // the late step's case, as its card names it: the follow-up's card names the same case
    Object kasus = task.getVariableLocal(PenandaKasus.VARIABEL);
    variabel.put("kasusTerlambat", kasus == null ? langkah.namaTugas() : langkah.namaTugas() + " · " + kasus);
    variabel.put("instansSop", langkah.processInstanceId());
    variabel.put("jatuhTempo", langkah.jatuhTempo() == null ? null : Date.from(langkah.jatuhTempo()));
    var mulai = runtime.createProcessInstanceByKey(PROSES_ESKALASI).businessKey(taskId).setVariables(variabel);
    (task.getTenantId() == null ? mulai.processDefinitionWithoutTenantId() : mulai.processDefinitionTenantId(task.getTenantId()))
        .execute();
  }
}
