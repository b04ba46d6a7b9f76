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
 * <p>The list asks for {@code select distinct} task rows ordered by due date, first 50. The
 * distinct rows are sorted by the due date and then by the selected columns in order
 * ({@code REV_}, {@code ID_}, ...). An index on exactly {@code (DUE_DATE_, REV_, ID_)} hands
 * PostgreSQL (16 and later: incremental sort under {@code DISTINCT}) the rows already in that order,
 * one per key since {@code ID_} is unique, so it reads the task table in due-date order and stops
 * after the first 50 of the user's groups instead of sorting all of that group's open tasks
 * (bench/reading.md, metric 2). The engine creates its own tables, so the index is added after
 * the engine is built, once, on H2 and PostgreSQL alike.
 */
@Component
public class DaftarTugasKelompokPlugin extends AbstractProcessEnginePlugin {

  static final String INDEKS = "ALUR_IDX_TASK_DUE_PAGE";

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
      statement.execute("create index if not exists " + INDEKS + " on ACT_RU_TASK (DUE_DATE_, REV_, ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Indeks daftar tugas tidak dapat dibuat: " + e.getMessage(), e);
    }
  }
}
