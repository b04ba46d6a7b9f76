package id.alursop.modeler;

import java.util.List;

/** A deploy refused: the message and the findings (errors first) that block it. */
public class PenerapanDitolak extends RuntimeException {

  private final transient List<Temuan> temuan;

  public PenerapanDitolak(String pesan, List<Temuan> temuan) {
    super(pesan);
    this.temuan = List.copyOf(temuan);
  }

  public List<Temuan> temuan() {
    return temuan;
  }
}
