package id.alursop.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.query.Query;

/**
 * The Tasklist's filters as Alur SOP runs them: the lists of the user's own tasks ("Tugas
 * kelompok saya", "Tugas saya", "Terlambat": tasks whose candidate group is one of the user's
 * groups, or assigned to the user) without the per-task authorization join, list and count alike;
 * and every filter's task query read once, its page and count read by Alur SOP's statements.
 *
 * <p>Camunda checks every task query against the authorization rows with a join on
 * {@code RESOURCE_ID_ IN (task, definition key, '*')} that only a nested loop answers: at 100,000
 * open tasks a user's first page took over a second (bench/reading.md). A query that can only
 * return tasks the user may read loses nothing to that check. Camunda writes such rows itself
 * ({@code DefaultAuthorizationProvider}, whenever authorization is enabled, which it always is in
 * Alur SOP):
 *
 * <ul>
 *   <li>when a group becomes a task's candidate ({@code newTaskGroupIdentityLink}): READ (and
 *       UPDATE) on the task for the group;
 *   <li>when a user becomes a task's assignee ({@code newTaskAssignee}, from {@code setAssignee}
 *       on a stored task, a claim, a delegation, and on save of a new standalone task): READ (and
 *       UPDATE) on the task for that user. A BPMN user task is stored before its assignee is set,
 *       so its assignee gets the row as well.
 * </ul>
 *
 * <p>Neither row is removed when the link or the assignment ends, so every task whose candidate
 * group is one of the user's groups, and every task assigned to the user, is readable by the user.
 * A task query's blocks (the main one, each {@code or()} block) are joined by AND, so one block
 * that admits only such tasks is enough: the main block asking for candidate groups all the
 * user's own (no candidate user, no group pattern) or for the user as assignee, or an
 * {@code or()} block whose every criterion is the user as assignee or candidate groups all the
 * user's own (any other criterion in an OR block would admit other tasks). Such a filter query
 * (the filter's READ permission checked as usual) runs without the authorization join; the agency
 * (tenant) check stays. Every other query is checked as Camunda checks it. Revoke authorizations
 * are not used in Alur SOP; an administrator who deletes or revokes such a row does not hide the
 * task from these lists.
 *
 * <p>Every filter's task query ("Terlambat di instansi saya" of the supervisors, filters an
 * administrator adds) has its page and count read by Alur SOP's own statements
 * ({@link PernyataanSqlAlur}): Camunda's own criteria, authorization check included where it
 * applies, read agency by agency and the page picked by id. The query is read once, from the
 * filter and what the call adds to it, and the command's work done on it
 * ({@link ArgumenPerintah#padaKueri}).
 */
public class DaftarTugasKelompok extends CommandInterceptor {

  private static final String PENGGUNA = "${currentUser()}";
  private static final String KELOMPOK_PENGGUNA = "${currentUserGroups()}";

  /** What an OR block may ask for, as criteria and as expressions. */
  private static final Set<String> KRITERIA_ATAU = Set.of("assignee", "candidateGroup", "candidateGroups",
      "includeAssignedTasks");
  private static final Map<String, String> EKSPRESI_ATAU = Map.of("taskAssignee", PENGGUNA, "taskCandidateGroupIn",
      KELOMPOK_PENGGUNA);

  /** What the main block of a query counted from the identity links may ask for (see {@link #hitungDariTautan}). */
  private static final Set<String> KRITERIA_TAUTAN = Set.of("candidateGroup", "candidateGroups",
      "includeAssignedTasks", "suspensionState", "initializeFormKeys"); // the last is no criterion: how a task is read

  /**
   * Set while a filter's task query runs, for {@link PernyataanSqlAlur}: whether its page may use
   * our statement, and whether its count may be read from the identity links alone.
   */
  private record Keadaan(boolean halaman, boolean jumlahTautan) {
  }

  private static final ThreadLocal<Keadaan> BERJALAN = new ThreadLocal<>();

  /** Whether a filter's task query runs in this thread (its count may use our statement). */
  static boolean sedangBerjalan() {
    return BERJALAN.get() != null;
  }

  /** Whether a filter's task query runs in this thread, sorted by the task's columns only (its page may use ours). */
  static boolean halamanBerjalan() {
    Keadaan keadaan = BERJALAN.get();
    return keadaan != null && keadaan.halaman();
  }

  /** Whether a filter's task query runs in this thread whose count the identity links answer ({@link #hitungDariTautan}). */
  static boolean jumlahDariTautan() {
    Keadaan keadaan = BERJALAN.get();
    return keadaan != null && keadaan.jumlahTautan();
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !(command instanceof AbstractExecuteFilterCmd filterCmd)
        || !ArgumenPerintah.perintahFilterDikenal(filterCmd) || !context.isAuthorizationCheckEnabled()
        || context.getAuthentication() == null || context.getAuthentication().getUserId() == null) {
      return next.execute(command);
    }
    Query<?, ?> query = ArgumenPerintah.kueriFilter(filterCmd, context); // checks READ on the filter
    // the command's work on this query: reading it again would lose its OR blocks (ArgumenPerintah.padaKueri)
    Command<T> sekali = ArgumenPerintah.padaKueri(filterCmd, query);
    if (!(query instanceof TaskQueryImpl tugas)) {
      return next.execute(sekali);
    }
    boolean milikSendiri = hanyaMilikSendiri(tugas, context.getAuthentication());
    if (milikSendiri) {
      context.disableAuthorizationCheck();
    }
    BERJALAN.set(new Keadaan(urutanKolomTugas(tugas), milikSendiri && hitungDariTautan(tugas, context.getAuthentication())));
    try {
      return next.execute(sekali);
    } finally {
      BERJALAN.remove();
      if (milikSendiri) {
        context.enableAuthorizationCheck();
      }
    }
  }

  /** Sorted, and by columns of the task table only (no variable, no case-insensitive name). */
  static boolean urutanKolomTugas(TaskQueryImpl query) {
    return !query.isTaskNameCaseInsensitive() && !query.getOrderingProperties().isEmpty()
        && query.getOrderingProperties().stream().allMatch(p -> p.getRelation() == null);
  }

  /** Whether the query returns only tasks of the user's groups or assigned to the user (see above). */
  static boolean hanyaMilikSendiri(TaskQueryImpl query, Authentication auth) {
    List<TaskQueryImpl> blok = query.getQueries();
    if (blok.isEmpty() || auth.getUserId() == null) {
      return false;
    }
    return kelompokSendiri(blok.get(0), auth) || penerimaSendiri(blok.get(0), auth)
        || blok.stream().skip(1).anyMatch(atau -> atau.isOrQueryActive() && atauMilikSendiri(atau, auth));
  }

  /**
   * Whether the count of this (own-groups) query is the count of the tasks named by the identity
   * links alone: one block, asking only for tasks with one of the user's groups as candidate,
   * claimed or not ({@code includeAssignedTasks}), and at most for active ones. Then every task it
   * counts has a candidate link of one of those groups; the link carries the task's agency
   * (Camunda copies the task's tenant into each link it makes, and refuses to change a stored
   * task's tenant), so the agency check reads the link; and "active" excludes the few suspended
   * tasks by their index. "Tugas kelompok saya" as Tasklist shows it is such a query: at a
   * province's scale its count is the most tasks any list counts (bench/reading.md, metric 2),
   * and read this way the task table is not walked for it.
   */
  static boolean hitungDariTautan(TaskQueryImpl query, Authentication auth) {
    if (query.getQueries().size() != 1 || !kelompokSendiri(query, auth) || !query.isIncludeAssignedTasks()
        || (query.getSuspensionState() != null
            && query.getSuspensionState().getStateCode() != SuspensionState.ACTIVE.getStateCode())) {
      return false;
    }
    Map<String, String> ekspresi = query.getExpressions();
    Set<String> kriteria = new java.util.HashSet<>(ArgumenPerintah.kriteria(query));
    if (query.getProcessInstanceIdIn() != null && query.getProcessInstanceIdIn().length == 0) {
      kriteria.remove("processInstanceIdIn"); // Tasklist's extension leaves it empty: no criterion for the engine
    }
    return KRITERIA_TAUTAN.containsAll(kriteria) && ekspresi.keySet().stream().allMatch("taskCandidateGroupIn"::equals);
  }

  /** The main block asks only for tasks that have one of the user's groups as candidate. */
  static boolean kelompokSendiri(TaskQueryImpl query, Authentication auth) {
    if (query.getCandidateUser() != null || query.getCandidateGroupLike() != null
        || auth.getGroupIds() == null || auth.getGroupIds().isEmpty()) {
      return false;
    }
    Map<String, String> ekspresi = query.getExpressions();
    boolean denganEkspresi = KELOMPOK_PENGGUNA.equals(ekspresi.get("taskCandidateGroupIn"));
    if (ekspresi.keySet().stream().anyMatch(k -> k.startsWith("taskCandidate") && !k.equals("taskCandidateGroupIn"))
        || (ekspresi.containsKey("taskCandidateGroupIn") && !denganEkspresi)) {
      return false;
    }
    List<String> tetap = query.getCandidateGroupsInternal();
    String satu = query.getCandidateGroup();
    if (denganEkspresi) {
      return (tetap == null || auth.getGroupIds().containsAll(tetap)) && (satu == null || auth.getGroupIds().contains(satu));
    }
    return (tetap != null || satu != null) && (tetap == null || (!tetap.isEmpty() && auth.getGroupIds().containsAll(tetap)))
        && (satu == null || auth.getGroupIds().contains(satu));
  }

  /** The main block asks only for tasks assigned to the user. */
  static boolean penerimaSendiri(TaskQueryImpl query, Authentication auth) {
    String ekspresi = query.getExpressions().get("taskAssignee");
    return ekspresi != null ? PENGGUNA.equals(ekspresi) : auth.getUserId().equals(query.getAssignee());
  }

  /**
   * An OR block whose every alternative is the user's own: the user as assignee, candidate groups
   * all the user's; and at least one of them (an empty block admits every task).
   */
  static boolean atauMilikSendiri(TaskQueryImpl atau, Authentication auth) {
    Set<String> kriteria = ArgumenPerintah.kriteria(atau);
    Map<String, String> ekspresi = atau.getExpressions();
    if (!KRITERIA_ATAU.containsAll(kriteria) || !ekspresi.entrySet().stream()
        .allMatch(e -> e.getValue() != null && e.getValue().equals(EKSPRESI_ATAU.get(e.getKey())))) {
      return false;
    }
    List<String> kelompok = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (ekspresi.containsKey("taskCandidateGroupIn") && kelompok.isEmpty()) {
      return false;
    }
    boolean penerima = atau.getAssignee() != null || ekspresi.containsKey("taskAssignee");
    boolean calon = atau.getCandidateGroup() != null || atau.getCandidateGroupsInternal() != null
        || ekspresi.containsKey("taskCandidateGroupIn");
    return (penerima || calon)
        && (atau.getAssignee() == null || atau.getAssignee().equals(auth.getUserId()))
        && (atau.getCandidateGroup() == null || kelompok.contains(atau.getCandidateGroup()))
        && (atau.getCandidateGroupsInternal() == null
            || (!atau.getCandidateGroupsInternal().isEmpty() && kelompok.containsAll(atau.getCandidateGroupsInternal())));
  }
}
