package id.alursop.kampungnol;

/** Where one need of a household stands: open (no intervention running), in progress, met. */
public enum StatusKebutuhan {
  TERBUKA("terbuka"), DIPROSES("diproses"), TERPENUHI("terpenuhi");

  private final String label;

  StatusKebutuhan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
