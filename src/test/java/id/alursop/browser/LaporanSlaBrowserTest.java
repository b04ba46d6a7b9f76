package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The supervisor's SLA report page in a real browser, with the one login of the webapps: logged in
 * on Cockpit's login page, opened from Cockpit's navigation, in Indonesian, with the shared header;
 * "Keluar" ends the session for the report and the webapps alike. WebDriver only (no DevTools).
 */
@Tag("browser")
@AlurSopTest
class LaporanSlaBrowserTest extends UjiPeramban {

  @Override
  protected String nama() {
    return "laporan-sla";
  }

  @Test
  void supervisorOpensTheReportFromCockpitWithTheSameLogin() {
    peramban.masuk("cockpit", "pengawas.bogor");
    By laporanSla = By.cssSelector("[cam-widget-header] a[data-alur='alur-laporan-sla']");
    peramban.tampak(laporanSla);
    peramban.potret("cockpit-navigasi");
    assertThat(peramban.semua(By.cssSelector("a[data-alur='alur-modeler']"))).as("the modeler is for administrators")
        .isEmpty();

    peramban.klik(laporanSla);
    peramban.tungguTeks(By.tagName("h2"), "Laporan Kepatuhan Waktu SOP");
    peramban.tunggu(d -> !peramban.semua(By.cssSelector("#sop option")).isEmpty());
    peramban.tunggu(d -> !"Memuat…".equals(d.findElement(By.id("pesan")).getText()));
    peramban.tungguTeks(By.id("alur-pengguna"), "Pengawas BAPPERIDA");
    peramban.potret("laporan");
    assertThat(peramban.teks()).contains("Dari tanggal", "Sampai tanggal", "Tampilkan", "Unduh CSV")
        .doesNotContain("Failed", "Error", "Unauthorized", "Gagal");
    assertThat(peramban.driver().findElement(By.id("sop")).getText()).contains("Kampung Nol");
    assertThat(peramban.driver().findElement(By.id("alur-kepala")).getText())
        .contains("Alur SOP", "Laporan SLA", "Pemantauan", "Keluar").doesNotContain("Modeler", "Administrasi");

    // the header's way back to the webapps, in the same session
    peramban.klik(By.cssSelector("#alur-kepala a[data-tautan='cockpit']"));
    peramban.tampak(By.cssSelector("[cam-widget-header] .account .dropdown-toggle"));

    // log out from the report: the report and the webapps both ask for the login again
    peramban.buka("/laporan/sla");
    peramban.klik(By.id("alur-keluar"));
    peramban.tampak(By.cssSelector("input[ng-model='username']"));
    peramban.buka("/laporan/sla");
    peramban.tungguTeks(By.tagName("h1"), "Silakan masuk");
    peramban.potret("keluar");
    assertThat(peramban.driver().findElement(By.id("masuk")).getAttribute("href")).endsWith("/camunda/app/cockpit/default/");
  }
}
