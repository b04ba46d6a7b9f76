package id.alursop.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One completed step of any SOP process: which step, who, when, its stated output, and the note
 * its performer wrote in the form's field {@code catatanLogbook}, if any.
 */
@Entity
@Table(name = "logbook_entry")
public class LogbookEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_definition_key", nullable = false)
  private String processDefinitionKey;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @Column(name = "task_id", nullable = false)
  private String taskId;
  @Column(name = "task_definition_key", nullable = false)
  private String taskDefinitionKey;
  private String langkah;
  @Column(name = "nama_langkah")
  private String namaLangkah;
  @Column(name = "dikerjakan_oleh")
  private String dikerjakanOleh;
  @Column(name = "selesai_pada", nullable = false)
  private Instant selesaiPada;
  private String output;
  private String catatan;

  protected LogbookEntry() {
  }

  public LogbookEntry(String processDefinitionKey, String processInstanceId, String taskId, String taskDefinitionKey,
      String langkah, String namaLangkah, String dikerjakanOleh, Instant selesaiPada, String output, String catatan) {
    this.processDefinitionKey = processDefinitionKey;
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.taskDefinitionKey = taskDefinitionKey;
    this.langkah = langkah;
    this.namaLangkah = namaLangkah;
    this.dikerjakanOleh = dikerjakanOleh;
    this.selesaiPada = selesaiPada;
    this.output = output;
    this.catatan = catatan;
  }

  public String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public String getLangkah() {
    return langkah;
  }

  public String getNamaLangkah() {
    return namaLangkah;
  }

  public String getDikerjakanOleh() {
    return dikerjakanOleh;
  }

  public Instant getSelesaiPada() {
    return selesaiPada;
  }

  public String getOutput() {
    return output;
  }

  public String getCatatan() {
    return catatan;
  }
}
