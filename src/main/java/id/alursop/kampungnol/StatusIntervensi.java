package id.alursop.kampungnol;

/** Status of one intervention; the values after RENCANA are the form's {@code hasilIntervensi}. */
public enum StatusIntervensi {
  RENCANA, SELESAI, SEBAGIAN, TIDAK_TERLAKSANA;

  static StatusIntervensi dariHasil(String hasil) {
    return switch (hasil) {
      case "selesai" -> SELESAI;
      case "sebagian" -> SEBAGIAN;
      case "tidak-terlaksana" -> TIDAK_TERLAKSANA;
      default -> throw new IllegalArgumentException("hasilIntervensi tidak dikenal");
    };
  }
}
