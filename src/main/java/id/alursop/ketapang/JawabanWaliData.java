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

/** An OPD asked for data as wali data, and whether it answered before the deadline. */
@Entity
@Table(name = "wali_data")
public class JawabanWaliData {

  /** Answered, or not by the deadline. */
  public enum Status { MENJAWAB, TIDAK_MENJAWAB }

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
