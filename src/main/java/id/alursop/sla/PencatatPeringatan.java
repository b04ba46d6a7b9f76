package id.alursop.sla;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records a reminder or escalation of a late step (once per task and level) and e-mails it. */
@Component
public class PencatatPeringatan {

  private final PeringatanSlaRepository peringatan;
  private final EmailSla email;

  public PencatatPeringatan(PeringatanSlaRepository peringatan, EmailSla email) {
    this.peringatan = peringatan;
    this.email = email;
  }

  /** For the user {@code pengguna}, else the groups {@code kelompok} (comma-separated). */
  public PeringatanSla catat(LangkahTerlambat langkah, TingkatEskalasi tingkat, String kelompok, String pengguna) {
    PeringatanSla baru = peringatan.save(new PeringatanSla(langkah, tingkat, kelompok, pengguna,
        ClockUtil.getCurrentTime().toInstant()));
    email.kirim(baru);
    return baru;
  }
}
