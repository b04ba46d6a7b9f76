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
 * then id. An index on {@code (TENANT_ID_, DUE_DATE_, ID_)} hands the database one
 * agency's tasks in that order, so it walks them and stops at the page's last task of the user's
 * groups instead of joining and sorting all of them (bench/reading.md, metric 2); and it holds an
 * agency's overdue tasks ("Terlambat", due before now) as one range, for the page and the count.
 * It also holds the suspension state and the creation time (Tasklist's "active" and its second
 * sorting), so the walk reads the index alone: at 1,000,000 open tasks the busiest group's page
 * walks some 26,000 of its agency's tasks (bench/reading.md, section 2c). It replaces the narrower
 * {@link #INDEKS_LAMA}. The engine creates its own tables, so the indexes are added after the
 * engine is built, once, on H2 and PostgreSQL alike.
 *
 * <p>For the count of a list of the user's own groups' tasks, read from the candidate links
 * ({@code DaftarTugasKelompok.hitungDariTautan}): {@link #INDEKS_TAUTAN} on the links' group,
 * type, task and agency, every column that count reads, a group's tasks in order, so the database
 * counts on the index alone and without a sort; {@link #INDEKS_CALON} on the task, type and group, so
 * that the page's test "is this task a candidate of the user's group" for each task it walks is
 * read from the index alone (Camunda's own index on the task id reads the table row as well);
 * and {@link #INDEKS_TANGGUH} on the tasks' suspension state, which finds the few suspended tasks
 * that count leaves out.
 *
 * <p>{@link #INDEKS_JOB} on the jobs' due date: the job executor acquires the jobs due first
 * ({@code jobExecutorAcquireByDueDate}) and every job has a due date ({@code
 * ensureJobDueDateNotNull}), so an acquisition reads the due jobs on the index and stops, where it
 * scanned the job table (every open step keeps its escalation job there) on every acquisition of
 * every node. A job written before that setting without a due date gets its creation time, so
 * that it is still acquired.
 *
 * <p>Also {@link #INDEKS_FORMULIR} on the Camunda Forms' definitions: every completion of a step with
 * a form resolves the form's "latest" version (the server-side form rules, {@code
 * id.alursop.validation.FormRulesInterceptor}) with Camunda's own statement, a join of the table
 * with its newest version per key. Camunda has no index on the key, so H2 scanned the table once
 * per row of it (about a sixth of the server's CPU per completed instance in the benchmark's
 * profile, bench/reading.md section 0); with the index each side is a lookup.
 */
final class IndeksDaftarTugas {

  static final String INDEKS = "ALUR_IDX_TASK_AGENCY_DUE";
  /** The index of that name before the page's other columns were added to it (dropped at start). */
  static final String INDEKS_LAMA = "ALUR_IDX_TASK_TENANT_DUE";
  static final String INDEKS_FORMULIR = "ALUR_IDX_CAMFORMDEF_KEY";
  static final String INDEKS_JOB = "ALUR_IDX_JOB_DUE";
  static final String INDEKS_TAUTAN = "ALUR_IDX_IDENT_GROUP";
  static final String INDEKS_CALON = "ALUR_IDX_IDENT_TASK_GROUP";
  static final String INDEKS_TANGGUH = "ALUR_IDX_TASK_SUSPENSION";

  private IndeksDaftarTugas() {
  }

  static void buat(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("drop index if exists " + INDEKS_LAMA);
      statement.execute("create index if not exists " + INDEKS
          + " on ACT_RU_TASK (TENANT_ID_, DUE_DATE_, ID_, SUSPENSION_STATE_, CREATE_TIME_)");
      statement.execute("create index if not exists " + INDEKS_FORMULIR
          + " on ACT_RE_CAMFORMDEF (KEY_, TENANT_ID_, VERSION_)");
      statement.execute("create index if not exists " + INDEKS_TAUTAN
          + " on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_, TENANT_ID_)");
      statement.execute("create index if not exists " + INDEKS_CALON
          + " on ACT_RU_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_)");
      statement.execute("create index if not exists " + INDEKS_TANGGUH + " on ACT_RU_TASK (SUSPENSION_STATE_, ID_)");
      statement.execute("create index if not exists " + INDEKS_JOB + " on ACT_RU_JOB (DUEDATE_)");
      // jobs written before every job had a due date (ensureJobDueDateNotNull): due when made
      statement.executeUpdate("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp)"
          + " where DUEDATE_ is null");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Indeks daftar tugas tidak dapat dibuat: " + e.getMessage(), e);
    }
  }
}
