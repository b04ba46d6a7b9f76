package id.alursop.pmd;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One periodic report of the Kasi PMD on a running programme ("Menyusun laporan harian /
 * mingguan / bulanan pelaksanaan Tugas"), sent to the superior's group ("Melaporkan
 * perkembangan pelaksanaan Tugas kepada Atasan"). Written once, when the report task completes.
 */
@Entity
@Table(name = "pmd_laporan_berkala")
public class LaporanBerkala {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @JsonIgnore
  @Column(name = "tenant_id")
  private String tenantId;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @JsonIgnore
  @Column(name = "task_id", nullable = false)
  private String taskId;
  @Column(name = "kepada_kelompok", nullable = false)
  private String kepadaKelompok;
  private String desa;
  @Column(name = "tahun_anggaran")
  private Integer tahunAnggaran;
  @Column(nullable = false)
  private String periode;
  @Column(name = "periode_dilaporkan", nullable = false)
  private String periodeDilaporkan;
  @Column(nullable = false)
  private String perkembangan;
  @Column(name = "anggaran_terpakai")
  private BigDecimal anggaranTerpakai;
  @Column(name = "hasil_kegiatan")
  private String hasilKegiatan;
  @Column(name = "dampak_kegiatan")
  private String dampakKegiatan;
  private String hambatan;
  private String rekomendasi;
  @Column(name = "dilaporkan_oleh")
  private String dilaporkanOleh;
  @Column(name = "dilaporkan_pada", nullable = false)
  private Instant dilaporkanPada;

  protected LaporanBerkala() {
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  LaporanBerkala(String tenantId, String processInstanceId, String taskId, String kepadaKelompok, String desa,
      Integer tahunAnggaran, String periode, String periodeDilaporkan, String perkembangan,
      BigDecimal anggaranTerpakai, String hasilKegiatan, String dampakKegiatan, String hambatan, String rekomendasi,
      String dilaporkanOleh, Instant dilaporkanPada) {
    this.tenantId = tenantId;
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.kepadaKelompok = kepadaKelompok;
    this.desa = desa;
    this.tahunAnggaran = tahunAnggaran;
    this.periode = periode;
    this.periodeDilaporkan = periodeDilaporkan;
    this.perkembangan = perkembangan;
    this.anggaranTerpakai = anggaranTerpakai;
    this.hasilKegiatan = hasilKegiatan;
    this.dampakKegiatan = dampakKegiatan;
    this.hambatan = hambatan;
    this.rekomendasi = rekomendasi;
    this.dilaporkanOleh = dilaporkanOleh;
    this.dilaporkanPada = dilaporkanPada;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getKepadaKelompok() {
    return kepadaKelompok;
  }

  public String getDesa() {
    return desa;
  }

  public Integer getTahunAnggaran() {
    return tahunAnggaran;
  }

  public String getPeriode() {
    return periode;
  }

  public String getPeriodeDilaporkan() {
    return periodeDilaporkan;
  }

  public String getPerkembangan() {
    return perkembangan;
  }

  public BigDecimal getAnggaranTerpakai() {
    return anggaranTerpakai;
  }

  public String getHasilKegiatan() {
    return hasilKegiatan;
  }

  public String getDampakKegiatan() {
    return dampakKegiatan;
  }

  public String getHambatan() {
    return hambatan;
  }

  public String getRekomendasi() {
    return rekomendasi;
  }

  public String getDilaporkanOleh() {
    return dilaporkanOleh;
  }

  public Instant getDilaporkanPada() {
    return dilaporkanPada;
  }
}
