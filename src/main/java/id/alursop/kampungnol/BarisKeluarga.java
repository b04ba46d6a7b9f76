package id.alursop.kampungnol;

/** One household as entered (CSV row or verification form). */
public record BarisKeluarga(String nomorKk, String nik, String nama, String alamat, String rt, String rw) {
}
