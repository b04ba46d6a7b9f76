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
 * table the index the group list's first page needs.
 *
 * <p>The group list's page ({@link PernyataanSqlAlur}) is ordered by due date, then id. An index
 * on exactly {@code (DUE_DATE_, ID_)} hands the database the tasks in that order, so for a
 * large group it reads the task table in due-date order and stops at the 50th task of the user's
 * groups instead of sorting all of them; for a small group the planner joins the group's
 * candidate links first (bench/reading.md, metric 2). The engine creates its own tables, so the
 * index is added after the engine is built, once, on H2 and PostgreSQL alike.
 */
@Component
public class DaftarTugasKelompokPlugin extends AbstractProcessEnginePlugin {

  static final String INDEKS = "ALUR_IDX_TASK_DUE_ID";

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
      statement.execute("create index if not exists " + INDEKS + " on ACT_RU_TASK (DUE_DATE_, ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Indeks daftar tugas tidak dapat dibuat: " + e.getMessage(), e);
    }
  }
}
