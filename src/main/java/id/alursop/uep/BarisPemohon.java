package id.alursop.uep;

import java.time.LocalDate;

/** One applicant as the village submits it. */
public record BarisPemohon(String nik, String nomorKk, String nama, LocalDate tanggalLahir, String alamat,
    String jenisUsaha, String idDtks, boolean kkKtp, boolean sptjm) {
}
