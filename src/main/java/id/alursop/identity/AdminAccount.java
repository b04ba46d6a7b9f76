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
      throw new IllegalStateException(
          "Akun admin belum diatur: isi variabel lingkungan ALUR_ADMIN_USER dan ALUR_ADMIN_PASSWORD "
              + "(wajib di luar profil bawaan/demo).");
    }
  }
}
