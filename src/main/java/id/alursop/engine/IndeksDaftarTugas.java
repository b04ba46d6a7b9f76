package id.alursop.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The index the Tasklist filters' pages and counts need on the engine's task table.
 *
 * <p>A filter's page ({@link PernyataanSqlAlur}) is read agency by agency, ordered by due date,
 * then id. An index on exactly {@code (TENANT_ID_, DUE_DATE_, ID_)} hands the database one
 * agency's tasks in that order, so it walks them and stops at the page's last task of the user's
 * groups instead of joining and sorting all of them (bench/reading.md, metric 2); and it holds an
 * agency's overdue tasks ("Terlambat", due before now) as one range, for the page and the count. The engine creates its own
 * tables, so the index is added after the engine is built, once, on H2 and PostgreSQL alike.
 */
final class IndeksDaftarTugas {

  static final String INDEKS = "ALUR_IDX_TASK_TENANT_DUE";

  private IndeksDaftarTugas() {
  }

  static void buat(DataSource dataSource) {
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
