package id.alursop.ketapang;

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
 * An OPD asked for data as wali data: whether it answered by its due date, late, or not before the
 * window closed; what it sent and the task it answered in (whose attached files are its files).
 */
@Entity
@Table(name = "wali_data")
public class JawabanWaliData {

  /** Answered by its due date, answered after it, or not answered before the window closed. */
  public enum Status { MENJAWAB, TERLAMBAT, TIDAK_MENJAWAB }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "instans_sop", nullable = false)
  private String instansSop;
  @Column(nullable = false)
  private String langkah;
  @Column(nullable = false)
  private String opd;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;
  @Column(name = "dijawab_oleh")
  private String dijawabOleh;
  @Column(name = "dicatat_pada", nullable = false)
  private Instant dicatatPada;
  @Column(name = "task_id")
  private String taskId;
  @Column(name = "data_disampaikan")
  private String dataDisampaikan;
  private String keterangan;

  protected JawabanWaliData() {
  }

  public JawabanWaliData(String instansSop, String langkah, String opd, Status status, String dijawabOleh,
      Instant dicatatPada) {
    this.instansSop = instansSop;
    this.langkah = langkah;
    this.opd = opd;
    this.status = status;
    this.dijawabOleh = dijawabOleh;
    this.dicatatPada = dicatatPada;
  }

  /** What the OPD answered, in the task it answered in. */
  JawabanWaliData isi(String taskId, String dataDisampaikan, String keterangan) {
    this.taskId = taskId;
    this.dataDisampaikan = dataDisampaikan;
    this.keterangan = keterangan;
    return this;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getDataDisampaikan() {
    return dataDisampaikan;
  }

  public String getKeterangan() {
    return keterangan;
  }

  public String getOpd() {
    return opd;
  }

  public Status getStatus() {
    return status;
  }

  public String getDijawabOleh() {
    return dijawabOleh;
  }

  public String getLangkah() {
    return langkah;
  }
}
