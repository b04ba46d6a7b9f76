package id.alursop.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's ChromeDriver with the W3C WebDriver protocol
 * only (no DevTools/CDP, so any Chromium version works; no Selenium Manager, nothing downloaded), as an English-speaking browser in Asia/Jakarta, with a fresh profile; screenshots
 * go to {@code target/screenshots/}.
 */
public final class Peramban implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration TUNGGU = Duration.ofSeconds(30);

  private final ChromeDriverService service;
  private final RemoteWebDriver driver;
  private final Path profil;
  private final String alamat;
  private final String nama;
  private final WebDriverWait tunggu;
  private int nomor;

  /**
   * Skips the calling test when Chromium or ChromeDriver is missing, or fails it under CI
   * ({@code CI=true}), where .ci/run installs them.
   */
  public static void pastikanTersedia() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String pesan = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian packages chromium and chromium-driver: apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(pesan);
    }
    Assumptions.assumeTrue(false, pesan + "; skipped");
  }

  /** Starts a Kampung Nol programme of Kota Bogor over REST, as BAPPERIDA; returns the instance id. */
  public static String mulaiKampungNol(int port, String kelurahan, String rw) throws Exception {
    java.net.http.HttpResponse<String> r = new id.alursop.TestHttp(port).post(
        "/engine-rest/process-definition/key/kampung-nol-kemiskinan-ekstrem/tenant-id/bogor/start",
        "bapperida.bogor:demo", "application/json", "{\"variables\":{\"namaProgram\":{\"value\":\""
            + id.alursop.ProgramUji.nama(kelurahan, rw) + "\"},\"periodeMulai\":{\"value\":\"2026-12-01\"}}}");
    org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("id").asText();
  }

  public Peramban(int port, String nama) {
    this.alamat = "http://localhost:" + port;
    this.nama = nama;
    try {
      this.profil = Files.createTempDirectory("alur-sop-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-sync",
        "--user-data-dir=" + profil, "--window-size=1400,1000", "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    this.service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Jakarta"))
        .build();
    try {
      service.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the W3C WebDriver protocol alone, spoken to chromedriver: no DevTools (CDP) connection,
    // whose bindings match only the Chromium versions a Selenium release knew
    this.driver = new RemoteWebDriver(service.getUrl(), options);
    this.tunggu = new WebDriverWait(driver, TUNGGU);
  }

  public RemoteWebDriver driver() {
    return driver;
  }

  public void buka(String path) {
    driver.get(alamat + path);
  }

  /** Logs in on a webapp's login page (any app), then waits for the header's account menu. */
  public void masuk(String app, String pengguna) {
    driver.manage().deleteAllCookies();
    buka("/camunda/app/" + app + "/default/");
    WebElement isianPengguna = tampak(By.cssSelector("input[ng-model='username']"));
    isianPengguna.clear();
    isianPengguna.sendKeys(pengguna);
    WebElement sandi = driver.findElement(By.cssSelector("input[ng-model='password']"));
    sandi.clear();
    sandi.sendKeys("demo");
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    tampak(By.cssSelector("[cam-widget-header] .account .dropdown-toggle"));
  }

  public WebElement tampak(By by) {
    return tunggu.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement bisaDiklik(By by) {
    return tunggu.until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Clicks an element once clickable, scrolled to the middle of the window (clear of the footer). */
  public void klik(By by) {
    WebElement elemen = bisaDiklik(by);
    skrip("arguments[0].scrollIntoView({block: 'center'})", elemen);
    elemen.click();
  }

  public <T> T tunggu(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> kondisi) {
    return tunggu.until(kondisi);
  }

  public void tungguTeks(By by, String teks) {
    tunggu.until(ExpectedConditions.textToBePresentInElementLocated(by, teks));
  }

  public void tungguHilang(By by) {
    tunggu.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  public List<WebElement> semua(By by) {
    return driver.findElements(by);
  }

  /** The visible text of the page. */
  public String teks() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object skrip(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** What the page wrote to the browser console since the last call. */
  public List<String> konsol() {
    return driver.manage().logs().get("browser").getAll().stream().map(Object::toString).toList();
  }

  /** Saves a screenshot as target/screenshots/{name}-{nn}-{langkah}.png. */
  public Path potret(String langkah) {
    Path tujuan = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", nama, ++nomor, langkah));
    try {
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), tujuan, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tujuan;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (var files = Files.walk(profil)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover temporary profile does no harm
      }
    }
  }
}
