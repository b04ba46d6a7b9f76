package id.alursop.sla;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who is told at each level: the supervisor of the performer's lane, or the agency's head. */
@Component
public class RantaiEskalasi {

  private final SlaProperties properties;

  public RantaiEskalasi(SlaProperties properties) {
    this.properties = properties;
  }

  /**
   * The groups to tell (comma-separated) for a level: the level above the highest of the
   * performer's groups in the chain (the lowest level when none is in it), or the head.
   */
  public String penerima(String instansi, Collection<String> kelompokPelaksana, TingkatEskalasi tingkat) {
    SlaProperties.Rantai rantai = instansi == null ? null : properties.instansi().get(instansi);
    if (rantai == null || rantai.rantai().isEmpty()) {
      throw new IllegalStateException("Rantai eskalasi untuk instansi '" + instansi + "' belum diatur (alur.sla)");
    }
    if (tingkat == TingkatEskalasi.KEPALA) {
      return rantai.kepala();
    }
    List<String> tingkatan = rantai.rantai();
    int posisi = -1;
    for (int i = 0; i < tingkatan.size(); i++) {
      List<String> kelompok = Arrays.stream(tingkatan.get(i).split(",")).map(String::trim).toList();
      if (kelompok.stream().anyMatch(kelompokPelaksana::contains)) {
        posisi = i;
      }
    }
    return tingkatan.get(Math.min(posisi + 1, tingkatan.size() - 1)).replace(" ", "");
  }
}
