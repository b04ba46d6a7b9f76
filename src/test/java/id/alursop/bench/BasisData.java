package id.alursop.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The database a benchmark run uses: an H2 file in a temporary directory or an embedded PostgreSQL server. */
final class BasisData implements AutoCloseable {

  final String nama;
  final String url;
  final String pengguna;
  final String sandi;
  private final EmbeddedPostgres postgres;
  private final Path log;
  private final Path direktori;

  private BasisData(String nama, String url, String pengguna, String sandi, EmbeddedPostgres postgres, Path log,
      Path direktori) {
    this.nama = nama;
    this.url = url;
    this.pengguna = pengguna;
    this.sandi = sandi;
    this.postgres = postgres;
    this.log = log;
    this.direktori = direktori;
  }

  static BasisData mulai(String nama) throws IOException {
    return mulai(nama, null);
  }

  /**
   * {@code dataPostgres}: PostgreSQL's data directory to keep between runs (created on the first,
   * reused after), so that a province-scale load is made once; {@code null}: a new one each run.
   */
  static BasisData mulai(String nama, Path dataPostgres) throws IOException {
    if (nama.equals("postgres")) {
      Path log = Files.createTempDirectory("alur-bench-pglog");
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (dataPostgres != null) {
        Files.createDirectories(dataPostgres);
        builder.setDataDirectory(dataPostgres).setCleanDataDirectory(false);
      }
      EmbeddedPostgres pg = builder
          .setServerConfig("shared_buffers", "256MB").setServerConfig("synchronous_commit", "on")
          .setServerConfig("work_mem", "16MB") // as docker-compose.yml sets it
          .setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("logging_collector", "on").setServerConfig("log_directory", log.toString())
          .start();
      return new BasisData(nama, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", pg, log, null);
    }
    Path dir = Files.createTempDirectory("alur-bench");
    return new BasisData("h2", "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath(), "sa", "", null, null, dir);
  }

  /**
   * The JDBC URL of another, empty database of the same kind, for an application of its own: a new
   * H2 file beside this one, or a new database in the same PostgreSQL server.
   */
  String basisBaru(String namaBasis) throws java.sql.SQLException {
    if (postgres == null) {
      return "jdbc:h2:file:" + direktori.resolve(namaBasis).toAbsolutePath();
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, pengguna, sandi);
        java.sql.Statement s = c.createStatement()) {
      s.execute("create database " + namaBasis);
    }
    return postgres.getJdbcUrl(pengguna, namaBasis);
  }

  /** PostgreSQL's log directory (auto_explain writes plans there). */
  Path logPostgres() {
    return log;
  }

  boolean postgres() {
    return postgres != null;
  }

  /** Bytes on disk of the tables whose names start with {@code awalan} (ACT_RU_, ACT_HI_). */
  String sqlUkuran(String awalan) {
    return postgres()
        ? "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where c.relkind = 'r' and n.nspname = 'public' and c.relname like '" + awalan.toLowerCase() + "%'"
        : "select coalesce(sum(disk_space_used(table_schema || '.' || table_name)), 0) from information_schema.tables"
            + " where table_schema = 'PUBLIC' and table_name like '" + awalan.toUpperCase() + "%'";
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
