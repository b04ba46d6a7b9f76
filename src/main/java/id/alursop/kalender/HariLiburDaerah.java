package id.alursop.kalender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A regional holiday an administrator added. */
@Entity
@Table(name = "hari_libur_daerah")
public class HariLiburDaerah {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false)
  private LocalDate tanggal;
  @Column(nullable = false)
  private String nama;
  private String instansi;
  private String dasar;
  @Column(name = "dibuat_oleh")
  private String dibuatOleh;
  @Column(name = "dibuat_pada", nullable = false)
  private Instant dibuatPada;

  protected HariLiburDaerah() {
  }

  public HariLiburDaerah(LocalDate tanggal, String nama, String instansi, String dasar, String dibuatOleh,
      Instant dibuatPada) {
    this.tanggal = tanggal;
    this.nama = nama;
    this.instansi = instansi;
    this.dasar = dasar;
    this.dibuatOleh = dibuatOleh;
    this.dibuatPada = dibuatPada;
  }

  HariLibur sebagaiHariLibur() {
    return new HariLibur(tanggal, nama, HariLibur.Jenis.LIBUR_DAERAH, dasar, instansi);
  }

  public LocalDate getTanggal() {
    return tanggal;
  }

  public String getInstansi() {
    return instansi;
  }
}
