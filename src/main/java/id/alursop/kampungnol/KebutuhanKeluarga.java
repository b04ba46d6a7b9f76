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

/**
 * One need of a target household (one of the Pedoman's basic needs) and its status: recorded at
 * verification or by a later survey, in progress while an intervention for it runs, met when an
 * intervention completed it or a survey found it met.
 */
@Entity
@Table(name = "kn_kebutuhan")
public class KebutuhanKeluarga {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "keluarga_id", nullable = false)
  private Long keluargaId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kebutuhan jenis;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatusKebutuhan status;
  @Column(name = "dicatat_pada", nullable = false)
  private Instant dicatatPada;
  @Column(name = "diperbarui_pada", nullable = false)
  private Instant diperbaruiPada;

  protected KebutuhanKeluarga() {
  }

  KebutuhanKeluarga(Long keluargaId, Kebutuhan jenis, Instant pada) {
    this.keluargaId = keluargaId;
    this.jenis = jenis;
    this.status = StatusKebutuhan.TERBUKA;
    this.dicatatPada = pada;
    this.diperbaruiPada = pada;
  }

  void ubah(StatusKebutuhan baru, Instant pada) {
    this.status = baru;
    this.diperbaruiPada = pada;
  }

  public Long getId() {
    return id;
  }

  public Long getKeluargaId() {
    return keluargaId;
  }

  public Kebutuhan getJenis() {
    return jenis;
  }

  public StatusKebutuhan getStatus() {
    return status;
  }

  public Instant getDiperbaruiPada() {
    return diperbaruiPada;
  }
}
