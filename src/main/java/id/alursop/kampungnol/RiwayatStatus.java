package id.alursop.kampungnol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A household's status at one point in time: its history over the programme. */
@Entity
@Table(name = "kn_status_keluarga")
public class RiwayatStatus {

  /** Which step recorded the status. */
  public enum Sumber { VERIFIKASI, SURVEI_ULANG }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "keluarga_id", nullable = false)
  private Long keluargaId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatusKeluarga status;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sumber sumber;
  @Column(name = "dicatat_oleh")
  private String dicatatOleh;
  @Column(name = "dicatat_pada", nullable = false)
  private Instant dicatatPada;
  private String catatan;

  protected RiwayatStatus() {
  }

  public RiwayatStatus(Long keluargaId, StatusKeluarga status, Sumber sumber, String dicatatOleh,
      Instant dicatatPada, String catatan) {
    this.keluargaId = keluargaId;
    this.status = status;
    this.sumber = sumber;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = dicatatPada;
    this.catatan = catatan;
  }

  public Long getKeluargaId() {
    return keluargaId;
  }

  public StatusKeluarga getStatus() {
    return status;
  }

  public Sumber getSumber() {
    return sumber;
  }

  public String getDicatatOleh() {
    return dicatatOleh;
  }

  public Instant getDicatatPada() {
    return dicatatPada;
  }
}
