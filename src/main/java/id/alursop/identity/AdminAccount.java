package id.alursop.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account. The default (demo) profile uses demo/demo; every other profile
 * must name it through ALUR_ADMIN_USER and ALUR_ADMIN_PASSWORD, or start-up stops here.
 */
@ConfigurationProperties("alur.admin")
public record AdminAccount(String user, String password) {

  public AdminAccount {
    if (user == null || user.isBlank() || password == null || password.isBlank()) {
      throw new AwalDitolak("ALUR_ADMIN_USER, ALUR_ADMIN_PASSWORD",
          "Akun admin belum diatur: variabel lingkungan ALUR_ADMIN_USER dan ALUR_ADMIN_PASSWORD kosong "
              + "(wajib di luar profil bawaan/demo).",
          "Isi ALUR_ADMIN_USER (nama pengguna administrator) dan ALUR_ADMIN_PASSWORD (kata sandinya), "
              + "lalu jalankan ulang aplikasi.");
    }
  }
}
