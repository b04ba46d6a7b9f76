package id.alursop.kampungnol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A target household (KK sasaran) of a programme run. Holds personal data: never log it. Its needs
 * are records of their own ({@link KebutuhanKeluarga}); the former list column {@code kebutuhan}
 * is left as migration V11 read it.
 */
@Entity
@Table(name = "kn_keluarga")
public class Keluarga {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "program_id", nullable = false)
  private Long programId;
  @Column(name = "nomor_kk", nullable = false)
  private String nomorKk;
  @Column(name = "nik_kepala_keluarga", nullable = false)
  private String nikKepalaKeluarga;
  @Column(name = "nama_kepala_keluarga", nullable = false)
  private String namaKepalaKeluarga;
  @Column(nullable = false)
  private String alamat;
  @Column(nullable = false)
  private String rt;
  @Column(nullable = false)
  private String rw;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatusKeluarga status;

  protected Keluarga() {
  }

  public Keluarga(Long programId, BarisKeluarga baris) {
    this.programId = programId;
    this.nomorKk = baris.nomorKk();
    this.status = StatusKeluarga.BELUM_DIVERIFIKASI;
    perbarui(baris);
  }

  /** Takes the data as verified in the field. */
  void perbarui(BarisKeluarga baris) {
    this.nikKepalaKeluarga = baris.nik();
    this.namaKepalaKeluarga = baris.nama();
    this.alamat = baris.alamat();
    this.rt = baris.rt();
    this.rw = baris.rw();
  }

  void setStatus(StatusKeluarga status) {
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public Long getProgramId() {
    return programId;
  }

  public String getNomorKk() {
    return nomorKk;
  }

  public String getNikKepalaKeluarga() {
    return nikKepalaKeluarga;
  }

  public String getNamaKepalaKeluarga() {
    return namaKepalaKeluarga;
  }

  public String getAlamat() {
    return alamat;
  }

  public String getRt() {
    return rt;
  }

  public String getRw() {
    return rw;
  }

  public StatusKeluarga getStatus() {
    return status;
  }
}
