package id.alursop.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: a fresh headless Chromium ({@link Peramban}) opened before each
 * test on the application's port and closed after it; the test is skipped when Chromium is missing
 * (failed under CI). A test's own {@code @BeforeEach} runs after the browser is open.
 */
abstract class UjiPeramban {

  @LocalServerPort protected int port;

  protected Peramban peramban;

  /** The screenshots' name: {@code target/screenshots/<nama>-nn-<langkah>.png}. */
  protected abstract String nama();

  @BeforeEach
  final void bukaPerambanUji() {
    Peramban.pastikanTersedia();
    peramban = new Peramban(port, nama());
  }

  @AfterEach
  final void tutupPerambanUji() {
    if (peramban != null) {
      peramban.close();
      peramban = null;
    }
  }
}
