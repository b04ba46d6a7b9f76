package id.alursop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.UsernameAndPassword;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The supervisor's SLA report page in a real browser: Indonesian, no raw ISO durations. */
@Tag("browser")
@AlurSopTest
class LaporanSlaBrowserTest {

  @LocalServerPort int port;

  private Peramban peramban;

  @BeforeEach
  void mulai() {
    Peramban.pastikanTersedia();
    peramban = new Peramban(port, "laporan-sla");
  }

  @AfterEach
  void tutup() {
    if (peramban != null) {
      peramban.close();
    }
  }

  @Test
  void reportPageInIndonesian() {
    // the page's data calls answer 401 with a Basic challenge: the browser's login dialog, answered here
    peramban.driver().register(UsernameAndPassword.of("pengawas.bogor", "demo"));
    peramban.buka("/laporan/sla");
    peramban.tungguTeks(By.tagName("h1"), "Laporan Kepatuhan Waktu SOP");
    peramban.tunggu(d -> !peramban.semua(By.cssSelector("#sop option")).isEmpty());
    peramban.tunggu(d -> !"Memuat…".equals(d.findElement(By.id("pesan")).getText()));
    peramban.potret("laporan");
    assertThat(peramban.teks()).contains("Dari tanggal", "Sampai tanggal", "Tampilkan", "Unduh CSV")
        .doesNotContain("Failed", "Error", "Unauthorized");
    assertThat(peramban.driver().findElement(By.id("sop")).getText()).contains("Kampung Nol");
  }
}
