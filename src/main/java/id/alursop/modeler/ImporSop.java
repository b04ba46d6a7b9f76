package id.alursop.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Turns an agency's SOP table (CSV or XLSX, SOP-AP form: see {@link TabelSop}) into a draft: the
 * BPMN model and one Camunda Form per step ({@link DrafSop}), with the files {@code
 * /modeler/api/deploy} takes. Each performer is the agency's group of the same name (as a lane is,
 * {@link LajurKelompok}), or a group proposed as {@code <agency>-<slug>}, created on deploy once the
 * administrator agrees. Nothing is created or deployed here.
 */
@Service
public class ImporSop {

  /** The largest table read. */
  public static final int UKURAN_MAKS = 2 * 1024 * 1024;

  private final PenerapanModeler penerapan;
  private final LajurKelompok lajurKelompok;
  private final KatalogModel katalog;

  public ImporSop(PenerapanModeler penerapan, LajurKelompok lajurKelompok, KatalogModel katalog) {
    this.penerapan = penerapan;
    this.lajurKelompok = lajurKelompok;
    this.katalog = katalog;
  }

  /** The draft's files (the model first) and what the administrator should look at before deploying. */
  public record Hasil(List<PenerapanModeler.Berkas> berkas, List<Temuan> peringatan) {
  }

  /**
   * @throws TabelDitolak for a table that cannot be read (naming row and column)
   * @throws PenerapanDitolak for an unknown agency
   * @throws IllegalArgumentException for a bad process id or name
   */
  public Hasil impor(String tenantDiminta, String id, String nama, byte[] isi, String namaBerkas) {
    String tenant = penerapan.tenant(tenantDiminta);
    if (tenant == null) {
      throw new IllegalArgumentException("Pilih instansi pemilik SOP ini (tenant).");
    }
    if (id == null || !TemplatSop.ID_PROSES.matcher(id).matches() || id.length() > 100) {
      throw new IllegalArgumentException("Id proses harus huruf kecil, angka dan tanda '-' (mis. bogor-izin-usaha).");
    }
    if (nama == null || nama.isBlank() || nama.length() > 200) {
      throw new IllegalArgumentException("Nama SOP wajib diisi (paling banyak 200 karakter).");
    }
    if (isi == null || isi.length == 0) {
      throw new TabelDitolak("Berkas tabel SOP kosong.");
    }
    TabelSop.Hasil tabel = TabelSop.baca(BerkasTabel.baca(isi, namaBerkas));
    Map<String, String> kelompok = new LinkedHashMap<>();
    List<Temuan> peringatan = new ArrayList<>();
    for (String pelaksana : tabel.pelaksana()) {
      String grup = lajurKelompok.kelompokLajur(pelaksana, tenant);
      if (lajurKelompok.perluDibuat(grup)) {
        peringatan.add(Temuan.peringatan(null, "Pelaksana '" + pelaksana + "' belum punya kelompok di instansi ini:"
            + " diusulkan kelompok '" + grup + "', dibuat saat draf diterapkan (setujui pembuatannya); lalu tambahkan"
            + " anggotanya di Camunda Admin."));
      }
      kelompok.put(pelaksana, grup);
    }
    List<PenerapanModeler.Berkas> berkas = DrafSop.buat(id, nama.trim(), tabel, kelompok);
    Map<Integer, String> tugas = new LinkedHashMap<>();
    tabel.langkah().forEach(l -> tugas.put(l.nomor(), DrafSop.idTugas(l)));
    tabel.peringatan().forEach(c -> peringatan.add(Temuan.peringatan(c.nomor() == null ? null : tugas.get(c.nomor()),
        c.pesan())));
    if (katalog.terbaru(JenisModel.BPMN, id, tenant).isPresent()) {
      peringatan.add(Temuan.peringatan(null, "Proses '" + id + "' sudah diterapkan untuk instansi ini: menerapkan"
          + " draf ini membuat versi barunya (instans yang berjalan tetap pada versinya)."));
    }
    return new Hasil(berkas, peringatan);
  }
}
