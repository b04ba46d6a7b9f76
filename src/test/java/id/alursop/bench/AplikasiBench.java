package id.alursop.bench;

import id.alursop.AlurSopApplication;
import id.alursop.TestHttp;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alur SOP as users run it (default profile, job executor on), on the benchmark's database. */
final class AplikasiBench implements AutoCloseable {

  /**
   * Job executor settings for bursts of escalations (Camunda's defaults: 3 jobs per acquisition,
   * 3-10 threads, queue 3, idle wait 5 s growing to 60 s). Also in application.yaml.
   */
  static final List<String> PENGATURAN_JOB = List.of();

  final ConfigurableApplicationContext konteks;
  final ProcessEngine engine;
  final TestHttp http;
  final JdbcTemplate jdbc;
  final long mulaiMs;

  private AplikasiBench(ConfigurableApplicationContext konteks, long mulaiMs) {
    this.konteks = konteks;
    this.engine = konteks.getBean(ProcessEngine.class);
    this.http = new TestHttp(((WebServerApplicationContext) konteks).getWebServer().getPort());
    this.jdbc = konteks.getBean(JdbcTemplate.class);
    this.mulaiMs = mulaiMs;
  }

  /** Starts the application and waits until it is ready: all models deployed for every agency. */
  static AplikasiBench mulai(BasisData db) {
    return mulai(db, db.url, List.of());
  }

  /** The same on the database {@code url} of {@code db}'s server, with {@code tambahan} arguments. */
  static AplikasiBench mulai(BasisData db, String url, List<String> tambahan) {
    List<String> args = new ArrayList<>(List.of("--spring.config.location=classpath:/application.yaml", "--server.port=0","--spring.datasource.url=" + url,
        "--spring.datasource.username=" + db.pengguna, "--spring.datasource.password=" + db.sandi,
        "--spring.datasource.hikari.maximum-pool-size=20", "--logging.level.root=WARN",
        "--logging.level.id.alursop=WARN"));
    args.addAll(PENGATURAN_JOB);
    args.addAll(tambahan);
    long t0 = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AlurSopApplication.class)
        .run(args.toArray(String[]::new));
    return new AplikasiBench(app, (System.nanoTime() - t0) / 1_000_000);
  }

  @Override
  public void close() {
    konteks.close();
  }
}
