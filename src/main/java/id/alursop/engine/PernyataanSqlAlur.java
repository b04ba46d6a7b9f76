package id.alursop.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Three of the engine's SQL statements replaced by ours ({@code pernyataan-alur.xml}), through the
 * engine's own statement mapping:
 *
 * <ul>
 *   <li>{@code selectAuthorizedGroupIds}: before every authorization check the engine reads the
 *       distinct group ids of all authorization rows, once per command, to drop the user's groups
 *       that hold none. Camunda writes an authorization row per candidate group of every open
 *       task, so at 100,000 open tasks that was a scan of over 100,000 rows in every REST call. The
 *       engine only intersects the answer with the user's groups, and a name that matches no
 *       authorization row changes no result, so the group table (a few dozen rows) answers it.
 *   <li>{@code selectTaskByQueryCriteria}, only while {@link DaftarTugasKelompok} runs a Tasklist
 *       filter sorted by the task's columns: the tasks picked by id instead of {@code select distinct}
 *       over all columns, which made the database sort every open task of the user's groups to
 *       return 50 (bench/reading.md, metric 2), read agency by agency.
 *   <li>{@code selectTaskCountByQueryCriteria}, only while {@link DaftarTugasKelompok} runs a
 *       Tasklist filter: the same count, agency by agency; for a list of the user's own groups'
 *       tasks, claimed or not ({@link DaftarTugasKelompok#hitungDariTautan}), the count of the
 *       tasks their candidate links name, on the links' own index.
 * </ul>
 *
 * <p>Both task statements take the engine's own criteria fragment (with its authorization and
 * tenant checks), so they select what the engine's would; every task query outside a filter runs
 * as Camunda wrote it.
 */
final class PernyataanSqlAlur {

  static final String KELOMPOK_ENGINE = "selectAuthorizedGroupIds";
  static final String KELOMPOK_ALUR = "id.alursop.engine.pernyataan.kelompokBerotorisasi";
  static final String TUGAS_ENGINE = "selectTaskByQueryCriteria";
  static final String TUGAS_ALUR = "id.alursop.engine.pernyataan.halamanDaftarTugasKelompok";
  static final String JUMLAH_ENGINE = "selectTaskCountByQueryCriteria";
  static final String JUMLAH_ALUR = "id.alursop.engine.pernyataan.jumlahDaftarTugasKelompok";
  static final String JUMLAH_TAUTAN = "id.alursop.engine.pernyataan.jumlahTugasDariTautan";
  private static final String BERKAS = "id/alursop/engine/pernyataan-alur.xml";

  private PernyataanSqlAlur() {
  }

  /** Loads the statements and installs the mapping; after the engine's own MyBatis setup (postInit). */
  static void pasang(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(KELOMPOK_ALUR, false)) {
      try (InputStream xml = PernyataanSqlAlur.class.getClassLoader().getResourceAsStream(BERKAS)) {
        new XMLMapperBuilder(xml, mybatis, BERKAS, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new ProcessEngineException("Pernyataan SQL Alur SOP tidak terbaca: " + BERKAS, e);
      }
    }
    DbSqlSessionFactory sesi = configuration.getDbSqlSessionFactory();
    // the lists' statements are written for the databases Alur SOP runs on
    Pemetaan pemetaan = new Pemetaan(java.util.Set.of("h2", "postgres").contains(configuration.getDatabaseType()));
    if (sesi.getStatementMappings() != null) {
      pemetaan.putAll(sesi.getStatementMappings());
    }
    pemetaan.put(KELOMPOK_ENGINE, KELOMPOK_ALUR);
    sesi.setStatementMappings(pemetaan);
  }

  /** The engine's statement mapping, with the lists' statements while a filter runs. */
  private static final class Pemetaan extends HashMap<String, String> {
    private final boolean halaman;

    Pemetaan(boolean halaman) {
      this.halaman = halaman;
    }

    @Override
    public String get(Object pernyataan) {
      if (halaman && TUGAS_ENGINE.equals(pernyataan) && DaftarTugasKelompok.halamanBerjalan()) {
        return TUGAS_ALUR;
      }
      if (halaman && JUMLAH_ENGINE.equals(pernyataan) && DaftarTugasKelompok.jumlahDariTautan()) {
        return JUMLAH_TAUTAN;
      }
      if (halaman && JUMLAH_ENGINE.equals(pernyataan) && DaftarTugasKelompok.sedangBerjalan()) {
        return JUMLAH_ALUR;
      }
      return super.get(pernyataan);
    }
  }
}
