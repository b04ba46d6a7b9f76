package id.alursop.sla;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** A reminder or escalation sent for a late step: one per task and level. */
@Entity
@Table(name = "sla_peringatan")
public class PeringatanSla {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false)
  private String taskId;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @Column(name = "process_definition_key", nullable = false)
  private String processDefinitionKey;
  @Column(name = "task_definition_key", nullable = false)
  private String taskDefinitionKey;
  private String langkah;
  @Column(name = "nama_tugas")
  private String namaTugas;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TingkatEskalasi tingkat;
  /** The receiving groups as sent, comma-separated (e-mail, reports). */
  @Column(name = "kelompok_penerima")
  private String kelompokPenerima;
  /** The same groups one row each, for asking the database whose alert it is. */
  @ElementCollection
  @CollectionTable(name = "sla_peringatan_kelompok", joinColumns = @JoinColumn(name = "peringatan_id"))
  @Column(name = "kelompok", nullable = false)
  private Set<String> kelompok = new HashSet<>();
  @Column(name = "pengguna_penerima")
  private String penggunaPenerima;
  @Column(name = "jatuh_tempo")
  private Instant jatuhTempo;
  @Column(name = "dibuat_pada", nullable = false)
  private Instant dibuatPada;
  @Column(nullable = false)
  private boolean selesai;

  protected PeringatanSla() {
  }

  public PeringatanSla(LangkahTerlambat langkah, TingkatEskalasi tingkat, String kelompokPenerima,
      String penggunaPenerima, Instant dibuatPada) {
    this.taskId = langkah.taskId();
    this.processInstanceId = langkah.processInstanceId();
    this.processDefinitionKey = langkah.processDefinitionKey();
    this.taskDefinitionKey = langkah.taskDefinitionKey();
    this.langkah = langkah.langkah();
    this.namaTugas = langkah.namaTugas();
    this.jatuhTempo = langkah.jatuhTempo();
    this.tingkat = tingkat;
    this.kelompokPenerima = kelompokPenerima;
    if (kelompokPenerima != null) {
      Arrays.stream(kelompokPenerima.split(",")).filter(k -> !k.isEmpty()).forEach(kelompok::add);
    }
    this.penggunaPenerima = penggunaPenerima;
    this.dibuatPada = dibuatPada;
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public String getLangkah() {
    return langkah;
  }

  public String getNamaTugas() {
    return namaTugas;
  }

  public TingkatEskalasi getTingkat() {
    return tingkat;
  }

  public String getKelompokPenerima() {
    return kelompokPenerima;
  }

  public String getPenggunaPenerima() {
    return penggunaPenerima;
  }

  public Instant getJatuhTempo() {
    return jatuhTempo;
  }

  public Instant getDibuatPada() {
    return dibuatPada;
  }

  public boolean isSelesai() {
    return selesai;
  }
}
