package id.alursop.kampungnol;

/** Status of a programme run. */
public enum StatusProgram {
  AKTIF, SELESAI, DITUTUP
}
