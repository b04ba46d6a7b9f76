package id.alursop.dokumen;

import java.util.List;

/**
 * The report of an upload of data rows: how many were taken and refused, and row by row (line
 * number in the file) whether it was taken or why it was refused; {@code lengkap} is false when
 * the file had more rows than the report lists. {@code keadaan} tells what the case now holds.
 */
public record LaporanImpor(long diterima, long ditolak, List<Baris> baris, boolean lengkap, String keadaan) {

  /** One row: its line number, taken or not, and the reason (Indonesian) when refused. */
  public record Baris(long baris, boolean diterima, String alasan) {
  }
}
