package id.alursop.kampungnol;

import java.util.EnumSet;
import java.util.Set;

/**
 * Status of one intervention: planned (its task not yet open), running (its task open), then the
 * form's {@code hasilIntervensi}, or stopped (its need was found met, or the programme closed).
 */
public enum StatusIntervensi {
  RENCANA, BERJALAN, SELESAI, SEBAGIAN, TIDAK_TERLAKSANA, DIHENTIKAN;

  /** Planned or running: the intervention is open. */
  static final Set<StatusIntervensi> TERBUKA = EnumSet.of(RENCANA, BERJALAN);

  boolean terbuka() {
    return TERBUKA.contains(this);
  }

  static StatusIntervensi dariHasil(String hasil) {
    return switch (hasil) {
      case "selesai" -> SELESAI;
      case "sebagian" -> SEBAGIAN;
      case "tidak-terlaksana" -> TIDAK_TERLAKSANA;
      default -> throw new IllegalArgumentException("hasilIntervensi tidak dikenal");
    };
  }
}
