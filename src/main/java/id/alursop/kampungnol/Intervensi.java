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
 * One intervention: a household, a need, the OPD or mitra meeting it, in one round (the round of
 * stage 4, then one per monthly Monev that continues the programme). The party is
 * a group of the agency ({@code kelompok}: its task goes to that group alone) with its name
 * ({@code pelaksana}); interventions planned from the former free-text matrix have the text and no
 * group.
 */
@Entity
@Table(name = "kn_intervensi")
public class Intervensi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "program_id", nullable = false)
  private Long programId;
  @Column(name = "keluarga_id", nullable = false)
  private Long keluargaId;
  @Column(nullable = false)
  private int putaran;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kebutuhan jenis;
  @Column(nullable = false)
  private String pelaksana;
  private String kelompok;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatusIntervensi status;
  @Column(name = "direncanakan_pada", nullable = false)
  private Instant direncanakanPada;
  @Column(name = "dilaksanakan_pada")
  private LocalDate dilaksanakanPada;
  private String laporan;
  @Column(name = "dicatat_oleh")
  private String dicatatOleh;

  protected Intervensi() {
  }

  Intervensi(Long programId, Long keluargaId, int putaran, Kebutuhan jenis, Pelaksana pelaksana,
      Instant direncanakanPada) {
    this.programId = programId;
    this.keluargaId = keluargaId;
    this.putaran = putaran;
    this.jenis = jenis;
    this.pelaksana = pelaksana.nama();
    this.kelompok = pelaksana.kelompok();
    this.direncanakanPada = direncanakanPada;
    this.status = StatusIntervensi.RENCANA;
  }

  /** Its task opened. */
  void mulai() {
    this.status = StatusIntervensi.BERJALAN;
  }

  /** Stopped before its result: its need was found met, or the programme closed. */
  void hentikan() {
    this.status = StatusIntervensi.DIHENTIKAN;
  }

  void catatHasil(StatusIntervensi hasil, LocalDate pada, String laporan, String oleh) {
    this.status = hasil;
    this.dilaksanakanPada = pada;
    this.laporan = laporan;
    this.dicatatOleh = oleh;
  }

  public Long getId() {
    return id;
  }

  public Long getProgramId() {
    return programId;
  }

  public Long getKeluargaId() {
    return keluargaId;
  }

  public int getPutaran() {
    return putaran;
  }

  public Kebutuhan getJenis() {
    return jenis;
  }

  public String getPelaksana() {
    return pelaksana;
  }

  /** The performing party's group; {@code null} for an intervention of the former free-text matrix. */
  public String getKelompok() {
    return kelompok;
  }

  public StatusIntervensi getStatus() {
    return status;
  }

  public LocalDate getDilaksanakanPada() {
    return dilaksanakanPada;
  }

  public String getLaporan() {
    return laporan;
  }
}
