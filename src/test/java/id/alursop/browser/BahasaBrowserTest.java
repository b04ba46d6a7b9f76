package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The language of the webapps in an English browser: Indonesian by default, English on request
 * (and back); Admin in Indonesian; a user without a name is shown by login, not "null null".
 */
@Tag("browser")
@AlurSopTest
class BahasaBrowserTest extends UjiPeramban {

  private static final String TANPA_NAMA = "tanpa.nama.bogor";

  @Autowired IdentityService identity;

  @Override
  protected String nama() {
    return "bahasa";
  }

  @BeforeEach
  void mulai() {
    if (identity.createUserQuery().userId(TANPA_NAMA).count() == 0) {
      User user = identity.newUser(TANPA_NAMA);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(TANPA_NAMA, "bogor-rt");
    }
  }

  @Test
  void indonesianByDefault_englishOnRequest() {
    peramban.masuk("welcome", "bapperida.bogor");
    peramban.tungguTeks(By.tagName("body"), "Aplikasi");
    peramban.potret("welcome-indonesia");
    assertThat(peramban.teks()).contains("Profil", "Daftar Tugas").doesNotContain("Applications");
    assertThat(peramban.skrip("return navigator.userAgent")).isNotNull();

    peramban.klik(By.cssSelector("#alur-bahasa a[data-bahasa='en']"));
    peramban.tungguTeks(By.tagName("body"), "Applications");
    peramban.tampak(By.cssSelector("#alur-bahasa strong[data-bahasa='en']"));
    peramban.potret("welcome-english");

    peramban.klik(By.cssSelector("#alur-bahasa a[data-bahasa='id']"));
    peramban.tungguTeks(By.tagName("body"), "Aplikasi");
    peramban.potret("welcome-kembali-indonesia");
  }

  @Test
  void adminInIndonesian() {
    peramban.masuk("admin", "demo");
    peramban.tungguTeks(By.tagName("body"), "Pengguna");
    peramban.buka("/camunda/app/admin/default/#/users");
    peramban.tungguTeks(By.tagName("body"), "Daftar pengguna");
    peramban.potret("admin-pengguna");
    assertThat(peramban.teks()).contains("Kelompok", "Otorisasi").doesNotContain("List of Users");
  }

  @Test
  void userWithoutNameShownByLogin() {
    peramban.masuk("tasklist", TANPA_NAMA);
    peramban.tungguTeks(By.cssSelector("[cam-widget-header] .account .dropdown-toggle"), TANPA_NAMA);
    peramban.potret("pengguna-tanpa-nama");
    assertThat(peramban.teks()).doesNotContain("null");
  }
}
