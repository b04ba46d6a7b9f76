package id.alursop.ketapang;

import id.alursop.kalender.DurasiKerja;
import id.alursop.kalender.KalenderInstansi;
import id.alursop.kalender.KalenderKerja;
import id.alursop.sla.JamLangkah;
import id.alursop.sop.SopLangkah;
import id.alursop.sop.StandarWaktu;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * One clock for a data collection from wali data: the step ("Mengumpulkan … dari Perangkat Daerah
 * Teknis yang menjadi wali data", 7.350 or 5.350 menit) starts when the request goes out, its
 * parts (each OPD's answer and the compilation, {@code alur.tenggat = langkah}) share its due date,
 * and the OPD's window ("paling lambat 14 hari kerja setelah surat permintaan data dikirimkan")
 * closes at the earlier of 14 working days and the step's due date.
 */
@Component("batasWaliData")
public class BatasWaliData {

  static final DurasiKerja JENDELA_OPD = DurasiKerja.parse("P14D");

  private final JamLangkah jamLangkah;
  private final KalenderInstansi kalender;

  public BatasWaliData(JamLangkah jamLangkah, KalenderInstansi kalender) {
    this.jamLangkah = jamLangkah;
    this.kalender = kalender;
  }

  /**
   * The OPD window's close (the boundary timer's date), starting the step's clock now with the
   * standard of the step's compilation task ({@code tugasKompilasi}: its {@code sop.waktu}).
   */
  public Date batas(DelegateExecution execution, String langkah, String tugasKompilasi) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    StandarWaktu standar = SopLangkah.standarWaktu(execution.getProcessDefinitionId(), tugasKompilasi);
    JamLangkah.Jam jam = jamLangkah.untuk(entity, langkah, standar).orElseThrow(() -> new IllegalStateException(
        "Langkah " + langkah + " tidak memiliki standar waktu pada " + tugasKompilasi));
    KalenderKerja kerja = kalender.untuk(entity);
    Instant langkahJatuhTempo = kerja.tambah(jam.mulai(), jam.standar().durasi());
    Instant jendela = kerja.tambah(jam.mulai(), JENDELA_OPD);
    Date batas = Date.from(jendela.isBefore(langkahJatuhTempo) ? jendela : langkahJatuhTempo);
    execution.setVariable(variabel(langkah), batas);
    return batas;
  }

  /** The process variable holding step {@code langkah}'s window close (an answer after it is late). */
  static String variabel(String langkah) {
    return "batasWaliData" + langkah;
  }
}
