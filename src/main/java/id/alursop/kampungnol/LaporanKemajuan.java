package id.alursop.kampungnol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A performer's monthly progress report on one running intervention. */
@Entity
@Table(name = "kn_laporan_kemajuan")
public class LaporanKemajuan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "intervensi_id", nullable = false)
  private Long intervensiId;
  @Column(name = "dilaporkan_pada", nullable = false)
  private Instant dilaporkanPada;
  @Column(name = "dilaporkan_oleh")
  private String dilaporkanOleh;
  @Column(nullable = false)
  private String kemajuan;
  @Column(name = "persen_capaian")
  private Integer persenCapaian;
  private String kendala;

  protected LaporanKemajuan() {
  }

  LaporanKemajuan(Long intervensiId, Instant dilaporkanPada, String dilaporkanOleh, String kemajuan,
      Integer persenCapaian, String kendala) {
    this.intervensiId = intervensiId;
    this.dilaporkanPada = dilaporkanPada;
    this.dilaporkanOleh = dilaporkanOleh;
    this.kemajuan = kemajuan;
    this.persenCapaian = persenCapaian;
    this.kendala = kendala;
  }

  public Long getIntervensiId() {
    return intervensiId;
  }

  public Instant getDilaporkanPada() {
    return dilaporkanPada;
  }

  public String getDilaporkanOleh() {
    return dilaporkanOleh;
  }

  public String getKemajuan() {
    return kemajuan;
  }

  public Integer getPersenCapaian() {
    return persenCapaian;
  }

  public String getKendala() {
    return kendala;
  }
}
