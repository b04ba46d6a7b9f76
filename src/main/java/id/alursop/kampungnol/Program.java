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
import java.time.LocalDate;

/** One run of the Kampung Nol programme in a kelurahan/RW: one process instance. */
@Entity
@Table(name = "kn_program")
public class Program {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;
  @Column(nullable = false)
  private String kelurahan;
  @Column(nullable = false)
  private String rw;
  @Column(name = "periode_mulai", nullable = false)
  private LocalDate periodeMulai;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatusProgram status;
  @Column(name = "alasan_penutupan")
  private String alasanPenutupan;
  @Column(name = "dibuat_pada", nullable = false)
  private Instant dibuatPada;
  @Column(name = "diakhiri_pada")
  private Instant diakhiriPada;

  protected Program() {
  }

  public Program(String processInstanceId, String kelurahan, String rw, LocalDate periodeMulai, Instant dibuatPada) {
    this.processInstanceId = processInstanceId;
    this.kelurahan = kelurahan;
    this.rw = rw;
    this.periodeMulai = periodeMulai;
    this.dibuatPada = dibuatPada;
    this.status = StatusProgram.AKTIF;
  }

  void akhiri(StatusProgram akhir, String alasan, Instant pada) {
    this.status = akhir;
    this.alasanPenutupan = alasan;
    this.diakhiriPada = pada;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getKelurahan() {
    return kelurahan;
  }

  public String getRw() {
    return rw;
  }

  public LocalDate getPeriodeMulai() {
    return periodeMulai;
  }

  public StatusProgram getStatus() {
    return status;
  }

  public String getAlasanPenutupan() {
    return alasanPenutupan;
  }

  public Instant getDiakhiriPada() {
    return diakhiriPada;
  }
}
