package id.alursop.modeler;

import java.util.Locale;
import java.util.Optional;

/** The kinds of model the modeler edits, told apart by the resource name's ending. */
public enum JenisModel {
  BPMN(".bpmn", "proses"),
  DMN(".dmn", "keputusan"),
  FORM(".form", "formulir");

  private final String akhiran;
  private final String label;

  JenisModel(String akhiran, String label) {
    this.akhiran = akhiran;
    this.label = label;
  }

  public String akhiran() {
    return akhiran;
  }

  public String label() {
    return label;
  }

  /** The kind of a resource name ({@code processes/x.bpmn}, {@code forms/a/b.form}), if any. */
  public static Optional<JenisModel> dariNama(String nama) {
    if (nama == null) {
      return Optional.empty();
    }
    String kecil = nama.toLowerCase(Locale.ROOT);
    for (JenisModel jenis : values()) {
      if (kecil.endsWith(jenis.akhiran)) {
        return Optional.of(jenis);
      }
    }
    return Optional.empty();
  }

  /** {@code bpmn}, {@code dmn} or {@code form} (any case). */
  public static Optional<JenisModel> dariKode(String kode) {
    if (kode == null) {
      return Optional.empty();
    }
    for (JenisModel jenis : values()) {
      if (jenis.name().equalsIgnoreCase(kode)) {
        return Optional.of(jenis);
      }
    }
    return Optional.empty();
  }
}
