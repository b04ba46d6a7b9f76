package id.alursop.kampungnol;

import java.util.List;

/**
 * What an upload of households gave: how many rows were taken and refused, and the refused rows
 * with their reason (the first {@link #BATAS_CONTOH}).
 */
public record HasilImpor(long diterima, long ditolak, List<BarisDitolak> barisDitolak) {

  public static final int BATAS_CONTOH = 1000;

  /** A refused row: its line number in the file and why. */
  public record BarisDitolak(long baris, String alasan) {
  }
}
