package id.alursop.modeler;

/**
 * An SOP table that cannot be imported: the Indonesian message names the row and column
 * ({@code Baris 4, kolom Waktu: …}); {@link #formatTidakDikenal()} when the file is neither CSV nor XLSX.
 */
public class TabelDitolak extends RuntimeException {

  private final boolean formatTidakDikenal;

  public TabelDitolak(String pesan) {
    this(pesan, false);
  }

  TabelDitolak(String pesan, boolean formatTidakDikenal) {
    super(pesan);
    this.formatTidakDikenal = formatTidakDikenal;
  }

  static TabelDitolak di(int baris, String kolom, String pesan) {
    return new TabelDitolak("Baris " + baris + (kolom == null ? "" : ", kolom " + kolom) + ": " + pesan);
  }

  /** Whether the file is of a kind that is not read at all (415). */
  public boolean formatTidakDikenal() {
    return formatTidakDikenal;
  }
}
