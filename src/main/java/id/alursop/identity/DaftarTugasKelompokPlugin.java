package id.alursop.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link DaftarTugasKelompok} into the engine's command chain, and gives the engine's task
 * table the index the group list's page needs.
 *
 * <p>The page ({@link PernyataanSqlAlur}) is read agency by agency, ordered by due date, then id.
 * An index on exactly {@code (TENANT_ID_, DUE_DATE_, ID_)} hands the database one agency's tasks
 * in that order, so it walks them and stops at the page's last task of the user's groups instead
 * of joining and sorting all of them (bench/reading.md, metric 2). The engine creates its own
 * tables, so the index is added after the engine is built, once, on H2 and PostgreSQL alike.
 */
@Component
public class DaftarTugasKelompokPlugin extends AbstractProcessEnginePlugin {

  static final String INDEKS = "ALUR_IDX_TASK_TENANT_DUE";

  private DataSource dataSource;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new DaftarTugasKelompok());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.dataSource = configuration.getDataSource();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists " + INDEKS + " on ACT_RU_TASK (TENANT_ID_, DUE_DATE_, ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Indeks daftar tugas tidak dapat dibuat: " + e.getMessage(), e);
    }
  }
}
