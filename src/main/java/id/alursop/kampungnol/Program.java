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

/**
 * One run of the Kampung Nol programme: one process instance. Its name and period are given at
 * the start; its kelurahan and RW are the location stage 1 identifies (unknown before).
 */
@Entity
@Table(name = "kn_program")
public class Program {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;
  @Column(name = "nama_program")
  private String namaProgram;
  private String kelurahan;
  private String rw;
  @Column(name = "periode_mulai", nullable = false)
  private LocalDate periodeMulai;
  @Column(name = "periode_selesai")
  private LocalDate periodeSelesai;
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

  public Program(String processInstanceId, String namaProgram, LocalDate periodeMulai, LocalDate periodeSelesai,
      Instant dibuatPada) {
    this.processInstanceId = processInstanceId;
    this.namaProgram = namaProgram;
    this.periodeMulai = periodeMulai;
    this.periodeSelesai = periodeSelesai;
    this.dibuatPada = dibuatPada;
    this.status = StatusProgram.AKTIF;
  }

  /** Stage 1 identified the location. */
  void tetapkanWilayah(String kelurahan, String rw) {
    this.kelurahan = kelurahan;
    this.rw = rw;
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

  public String getNamaProgram() {
    return namaProgram;
  }

  public LocalDate getPeriodeSelesai() {
    return periodeSelesai;
  }

  /** The kelurahan stage 1 identified; {@code null} before. */
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
