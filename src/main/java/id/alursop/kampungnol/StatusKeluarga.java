package id.alursop.kampungnol;

/** Where a target household stands. */
public enum StatusKeluarga {
  BELUM_DIVERIFIKASI, MISKIN_EKSTREM, TIDAK_MISKIN_EKSTREM
}
