package id.alursop.uep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An applicant (KPM) of a proposal. Holds personal data: never log it. */
@Entity
@Table(name = "uep_pemohon")
public class Pemohon {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "usulan_id", nullable = false)
  private Long usulanId;
  @Column(nullable = false)
  private String nik;
  @Column(name = "nomor_kk", nullable = false)
  private String nomorKk;
  @Column(nullable = false)
  private String nama;
  @Column(name = "tanggal_lahir", nullable = false)
  private LocalDate tanggalLahir;
  @Column(nullable = false)
  private String alamat;
  @Column(name = "jenis_usaha")
  private String jenisUsaha;
  @Column(name = "id_dtks")
  private String idDtks;
  @Column(name = "kk_ktp", nullable = false)
  private boolean kkKtp;
  @Column(nullable = false)
  private boolean sptjm;
  @Column(name = "layak_keputusan")
  private Boolean layakKeputusan;
  @Column(name = "alasan_keputusan")
  private String alasanKeputusan;
  @Column(name = "layak_verifikasi")
  private Boolean layakVerifikasi;
  @Column(name = "alasan_verifikasi")
  private String alasanVerifikasi;
  @Column(name = "diverifikasi_oleh")
  private String diverifikasiOleh;
  @Column(name = "jumlah_bantuan")
  private BigDecimal jumlahBantuan;
  @Column(name = "tanggal_serah_terima")
  private LocalDate tanggalSerahTerima;
  @Column(name = "nomor_bast")
  private String nomorBast;

  protected Pemohon() {
  }

  public Pemohon(Long usulanId, BarisPemohon b) {
    this.usulanId = usulanId;
    this.nik = b.nik();
    this.nomorKk = b.nomorKk();
    this.nama = b.nama();
    this.tanggalLahir = b.tanggalLahir();
    this.alamat = b.alamat();
    this.jenisUsaha = b.jenisUsaha();
    this.idDtks = b.idDtks();
    this.kkKtp = b.kkKtp();
    this.sptjm = b.sptjm();
  }

  void keputusan(boolean layak, String alasan) {
    this.layakKeputusan = layak;
    this.alasanKeputusan = alasan;
  }

  void verifikasi(boolean layak, String alasan, String oleh) {
    this.layakVerifikasi = layak;
    this.alasanVerifikasi = alasan;
    this.diverifikasiOleh = oleh;
  }

  void serahTerima(BigDecimal jumlah, LocalDate tanggal, String nomorBast) {
    this.jumlahBantuan = jumlah;
    this.tanggalSerahTerima = tanggal;
    this.nomorBast = nomorBast;
  }

  /** Eligible after the field verification (or, before it, by the decision). */
  public boolean layak() {
    return layakVerifikasi != null ? layakVerifikasi : Boolean.TRUE.equals(layakKeputusan);
  }

  public Long getId() {
    return id;
  }

  public Long getUsulanId() {
    return usulanId;
  }

  public String getNik() {
    return nik;
  }

  public String getNomorKk() {
    return nomorKk;
  }

  public String getNama() {
    return nama;
  }

  public String getAlamat() {
    return alamat;
  }

  public LocalDate getTanggalLahir() {
    return tanggalLahir;
  }

  public String getJenisUsaha() {
    return jenisUsaha;
  }

  public String getIdDtks() {
    return idDtks;
  }

  public boolean isKkKtp() {
    return kkKtp;
  }

  public boolean isSptjm() {
    return sptjm;
  }

  public Boolean getLayakKeputusan() {
    return layakKeputusan;
  }

  public String getAlasanKeputusan() {
    return alasanKeputusan;
  }

  public Boolean getLayakVerifikasi() {
    return layakVerifikasi;
  }

  public String getAlasanVerifikasi() {
    return alasanVerifikasi;
  }

  public BigDecimal getJumlahBantuan() {
    return jumlahBantuan;
  }

  public LocalDate getTanggalSerahTerima() {
    return tanggalSerahTerima;
  }

  public String getNomorBast() {
    return nomorBast;
  }
}
