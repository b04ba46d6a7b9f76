package id.alursop.logbook;

import id.alursop.engine.ArgumenPerintah;
import id.alursop.engine.InterseptorPerintah;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The note a step's performer writes for the logbook: any form may have a textarea with the key
 * {@value #VARIABEL} ("Apa yang dicatat di logbook kegiatan untuk langkah ini?"; a model that wants it always marks it required
 * with the form's own {@code validate.required}, which the server enforces). Its value, as this
 * completion submitted it (trimmed, at most {@value #PANJANG_MAKS} characters), is written with
 * the step's logbook entry by {@link PencatatLogbook}.
 *
 * <p>"As submitted" is read from the completion itself (engine REST, Tasklist's form, Java API):
 * this interceptor keeps the submitted value for the task while its completion runs, so that a
 * note left in the process by an earlier step is never written again for a later one.
 */
@Component
public class CatatanLogbook implements InterseptorPerintah {

  /** The form field (variable) of the note. */
  public static final String VARIABEL = "catatanLogbook";
  /** Its column's length ({@code logbook_entry.catatan}). */
  static final int PANJANG_MAKS = 4000;

  /** Its place among the features' interceptors: after the form rules, which check the note first. */
  static final int URUTAN = 150;

  /** The notes submitted by the completions running in this thread, by task id. */
  private static final ThreadLocal<Map<String, Object>> DISERAHKAN = new ThreadLocal<>();

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public CommandInterceptor buat() {
    return new Penyimpan();
  }

  /** Whether the completion of the task that is running submitted a note (even an empty one). */
  static boolean diserahkan(String taskId) {
    Map<String, Object> catatan = DISERAHKAN.get();
    return catatan != null && catatan.containsKey(taskId);
  }

  /** The note the completion of the task that is running submitted: trimmed, cut; empty when none or blank. */
  static Optional<String> untuk(String taskId) {
    Map<String, Object> catatan = DISERAHKAN.get();
    return catatan == null ? Optional.empty() : bersih(catatan.get(taskId));
  }

  /** A submitted value as the note: its text trimmed and cut at the column's length; empty when none or blank. */
  static Optional<String> bersih(Object nilai) {
    Object isi = nilai instanceof TypedValue typed ? typed.getValue() : nilai;
    if (isi == null) {
      return Optional.empty();
    }
    String teks = isi.toString().strip();
    if (teks.isEmpty()) {
      return Optional.empty();
    }
    if (teks.length() > PANJANG_MAKS) {
      // never half of a character outside the BMP
      int akhir = Character.isHighSurrogate(teks.charAt(PANJANG_MAKS - 1)) ? PANJANG_MAKS - 1 : PANJANG_MAKS;
      teks = teks.substring(0, akhir);
    }
    return Optional.of(teks);
  }

  /** Keeps the note a completion (or task form submission) submits while the command runs. */
  static final class Penyimpan extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      String taskId = null;
      Map<String, Object> isian = null;
      if (command instanceof CompleteTaskCmd selesai) {
        taskId = ArgumenPerintah.idTugas(selesai);
        isian = ArgumenPerintah.variabel(selesai);
      } else if (command instanceof SubmitTaskFormCmd kirim) {
        taskId = ArgumenPerintah.idTugas(kirim);
        isian = ArgumenPerintah.variabel(kirim);
      }
      if (taskId == null || isian == null || !isian.containsKey(VARIABEL)) {
        return next.execute(command);
      }
      Map<String, Object> sebelum = DISERAHKAN.get();
      Map<String, Object> kini = sebelum == null ? new HashMap<>() : new HashMap<>(sebelum);
      kini.put(taskId, isian.get(VARIABEL));
      DISERAHKAN.set(kini);
      try {
        return next.execute(command);
      } finally {
        if (sebelum == null) {
          DISERAHKAN.remove();
        } else {
          DISERAHKAN.set(sebelum);
        }
      }
    }
  }
}
