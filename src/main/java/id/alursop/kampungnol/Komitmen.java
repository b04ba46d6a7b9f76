package id.alursop.kampungnol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A party's signed commitment (stage 4: "Komitmen semua pihak dituangkan dalam berita acara atau
 * nota kesepahaman"): which OPD or mitra, the document's number and date.
 */
@Entity
@Table(name = "kn_komitmen")
public class Komitmen {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "program_id", nullable = false)
  private Long programId;
  @Column(nullable = false)
  private String kelompok;
  @Column(nullable = false)
  private String nomor;
  @Column(nullable = false)
  private LocalDate tanggal;
  @Column(name = "dicatat_oleh")
  private String dicatatOleh;
  @Column(name = "dicatat_pada", nullable = false)
  private Instant dicatatPada;

  protected Komitmen() {
  }

  Komitmen(Long programId, String kelompok, String nomor, LocalDate tanggal, String dicatatOleh, Instant dicatatPada) {
    this.programId = programId;
    this.kelompok = kelompok;
    this.nomor = nomor;
    this.tanggal = tanggal;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = dicatatPada;
  }

  public Long getProgramId() {
    return programId;
  }

  public String getKelompok() {
    return kelompok;
  }

  public String getNomor() {
    return nomor;
  }

  public LocalDate getTanggal() {
    return tanggal;
  }
}
