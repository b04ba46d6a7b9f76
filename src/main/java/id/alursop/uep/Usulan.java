package id.alursop.uep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A village's UEP proposal: one process instance. */
@Entity
@Table(name = "uep_usulan")
public class Usulan {

  /** Open while the process runs. */
  public static final String TERBUKA = "TERBUKA";
  public static final String SELESAI = "SELESAI";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;
  @Column(name = "nama_desa", nullable = false)
  private String namaDesa;
  @Column(name = "tanggal_usulan", nullable = false)
  private LocalDate tanggalUsulan;
  @Column(nullable = false)
  private String status;
  @Column(name = "nomor_sk")
  private String nomorSk;
  @Column(name = "tanggal_sk")
  private LocalDate tanggalSk;
  @Column(name = "dibuat_pada", nullable = false)
  private Instant dibuatPada;

  protected Usulan() {
  }

  public Usulan(String processInstanceId, String namaDesa, LocalDate tanggalUsulan, Instant dibuatPada) {
    this.processInstanceId = processInstanceId;
    this.namaDesa = namaDesa;
    this.tanggalUsulan = tanggalUsulan;
    this.dibuatPada = dibuatPada;
    this.status = TERBUKA;
  }

  void tetapkanSk(String nomor, LocalDate tanggal) {
    this.nomorSk = nomor;
    this.tanggalSk = tanggal;
  }

  void selesai() {
    this.status = SELESAI;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getNamaDesa() {
    return namaDesa;
  }

  public LocalDate getTanggalUsulan() {
    return tanggalUsulan;
  }

  public String getStatus() {
    return status;
  }

  public String getNomorSk() {
    return nomorSk;
  }

  public LocalDate getTanggalSk() {
    return tanggalSk;
  }
}
