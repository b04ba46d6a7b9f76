package id.alursop.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Which of the user's groups hold authorizations, answered from the group table.
 *
 * <p>Before every authorization check the engine asks the database for the distinct group ids of
 * all authorization rows ({@code selectAuthorizedGroupIds}), once per command, to drop the user's
 * groups that hold none. Camunda writes an authorization row per candidate group of every open
 * task, so at 100,000 open tasks that is a scan of over 100,000 rows in every REST call: most of
 * a task list call's time (bench/reading.md, metric 2). The engine only intersects the answer
 * with the user's groups, and a group name that matches no authorization row changes no result,
 * so the groups of the group table (a few dozen) give the same answers.
 */
@Component
public class KelompokBerotorisasi extends AbstractProcessEnginePlugin {

  static final String PERNYATAAN_ENGINE = "selectAuthorizedGroupIds";
  static final String PERNYATAAN_ALUR = "id.alursop.identity.otorisasi.alurSelectAuthorizedGroupIds";
  private static final String BERKAS = "id/alursop/identity/otorisasi-kelompok.xml";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(PERNYATAAN_ALUR)) {
      try (InputStream xml = KelompokBerotorisasi.class.getClassLoader().getResourceAsStream(BERKAS)) {
        new XMLMapperBuilder(xml, mybatis, BERKAS, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new ProcessEngineException("Pernyataan SQL Alur SOP tidak terbaca: " + BERKAS, e);
      }
    }
    DbSqlSessionFactory sesi = configuration.getDbSqlSessionFactory();
    Map<String, String> pemetaan = sesi.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sesi.getStatementMappings());
    pemetaan.put(PERNYATAAN_ENGINE, PERNYATAAN_ALUR);
    sesi.setStatementMappings(pemetaan);
  }
}
