package id.alursop.kampungnol;

import java.util.List;

/**
 * What an upload of households gave: how many rows were taken and refused, the refused rows with
 * their reason and the line numbers of the rows taken (each the first {@link #BATAS_CONTOH}).
 */
public record HasilImpor(long diterima, long ditolak, List<BarisDitolak> barisDitolak, List<Long> barisDiterima) {

  public static final int BATAS_CONTOH = 1000;

  /** A refused row: its line number in the file and why. */
  public record BarisDitolak(long baris, String alasan) {
  }
}
