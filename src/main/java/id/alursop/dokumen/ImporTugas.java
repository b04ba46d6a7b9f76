package id.alursop.dokumen;

import java.io.Reader;
import org.camunda.bpm.engine.task.Task;

/**
 * Data a step takes from a CSV file uploaded in its Tasklist tab *Dokumen* (e.g. the target
 * households of Kampung Nol stage 1): a feature offers it as a bean, the tab shows it on the
 * steps it applies to, to the step's performers, and shows the per-row report. The rows are read
 * one at a time, so that a file of any size streams; refusal reasons never quote the row's values.
 */
public interface ImporTugas {

  /** Its id in the address {@code /api/dokumen/tugas/{taskId}/impor/{id}}. */
  String id();

  /** Whether the task is a step that takes this data. */
  boolean berlaku(Task task);

  /** The section's title in the tab, Indonesian. */
  String judul();

  /** How to write the file: columns, separator, what happens to refused rows; Indonesian. */
  String petunjuk();

  /** What the case already holds (e.g. "Sudah tersimpan 12 KK sasaran"), or null. */
  String keadaan(Task task);

  /** Takes the rows of the file for the task's case; valid rows are kept, refused ones reported. */
  LaporanImpor impor(Task task, Reader csv);
}
