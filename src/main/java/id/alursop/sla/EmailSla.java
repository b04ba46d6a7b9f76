package id.alursop.sla;

import id.alursop.surel.PengirimSurel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * E-mails a reminder or escalation to its recipients (the user, or the members of the groups)
 * when SMTP is configured: the mail goes into the outbox in the transaction that records the
 * reminder and is sent after it commits, by a thread of its own ({@link PengirimSurel}).
 * Subjects name the step, never a person.
 */
@Component
public class EmailSla {

  private final PengirimSurel surel;
  private final SlaProperties properties;

  public EmailSla(PengirimSurel surel, SlaProperties properties) {
    this.surel = surel;
    this.properties = properties;
  }

  public void kirim(PeringatanSla peringatan) {
    if (!surel.aktif()) {
      return;
    }
    List<String> kelompok = peringatan.getKelompokPenerima() == null ? List.of()
        : List.of(peringatan.getKelompokPenerima().split(","));
    surel.kirim(peringatan.getPenggunaPenerima(), kelompok,
        "[Alur SOP] " + judul(peringatan.getTingkat()) + ": " + peringatan.getNamaTugas(),
        "Langkah SOP \"" + peringatan.getNamaTugas() + "\" (langkah " + peringatan.getLangkah() + ", "
            + peringatan.getProcessDefinitionKey() + ") melewati batas waktunya"
            + (peringatan.getJatuhTempo() == null ? "" : " (jatuh tempo " + peringatan.getJatuhTempo() + ")") + ".\n\n"
            + "Buka Tasklist untuk menindaklanjuti: " + properties.email().tautanTasklist() + "\n",
        "SLA untuk tugas " + peringatan.getTaskId());
  }

  private static String judul(TingkatEskalasi tingkat) {
    return switch (tingkat) {
      case PENGINGAT_BATAS_BAWAH -> "Pengingat batas bawah";
      case PENGINGAT -> "Pengingat jatuh tempo";
      case ATASAN -> "Eskalasi kepada atasan";
      case KEPALA -> "Eskalasi kepada kepala instansi";
    };
  }
}
