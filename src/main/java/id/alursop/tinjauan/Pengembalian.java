package id.alursop.tinjauan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A draft returned by its reviewer to the drafter: who, when, which step, and the notes. */
@Entity
@Table(name = "tinjauan_pengembalian")
public class Pengembalian {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "instans_sop", nullable = false)
  private String instansSop;
  @Column(name = "instans_tinjauan", nullable = false)
  private String instansTinjauan;
  private String langkah;
  private String dokumen;
  @Column(name = "dikembalikan_oleh")
  private String dikembalikanOleh;
  @Column(name = "kelompok_peninjau")
  private String kelompokPeninjau;
  @Column(nullable = false)
  private String catatan;
  @Column(name = "dikembalikan_pada", nullable = false)
  private Instant dikembalikanPada;

  protected Pengembalian() {
  }

  public Pengembalian(String instansSop, String instansTinjauan, String langkah, String dokumen, String dikembalikanOleh,
      String kelompokPeninjau, String catatan, Instant dikembalikanPada) {
    this.instansSop = instansSop;
    this.instansTinjauan = instansTinjauan;
    this.langkah = langkah;
    this.dokumen = dokumen;
    this.dikembalikanOleh = dikembalikanOleh;
    this.kelompokPeninjau = kelompokPeninjau;
    this.catatan = catatan;
    this.dikembalikanPada = dikembalikanPada;
  }

  public String getInstansSop() {
    return instansSop;
  }

  public String getLangkah() {
    return langkah;
  }

  public String getDokumen() {
    return dokumen;
  }

  public String getDikembalikanOleh() {
    return dikembalikanOleh;
  }

  public String getKelompokPeninjau() {
    return kelompokPeninjau;
  }

  public String getCatatan() {
    return catatan;
  }

  public Instant getDikembalikanPada() {
    return dikembalikanPada;
  }
}
