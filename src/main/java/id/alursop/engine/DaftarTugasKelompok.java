package id.alursop.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * The Tasklist's group list ("Tugas kelompok saya": tasks whose candidate group is one of the
 * user's groups) without the per-task authorization join.
 *
 * <p>Camunda grants a candidate group READ on a task through an authorization row written when
 * the group becomes a candidate, and checks every task query against those rows with a join on
 * {@code RESOURCE_ID_ IN (task, definition key, '*')} that only a nested loop answers: at 100,000
 * open tasks a user's first page took over a second (bench/reading.md). A filter query that asks
 * only for tasks whose candidate group is one of the user's own groups can lose nothing to that
 * check: each such task carries the row that grants this group READ. Such a filter query (the
 * filter's READ permission checked as usual, no OR branch, candidate groups the user's own) runs
 * without the authorization join; the agency (tenant) check stays. Every other query is checked
 * as Camunda checks it. Revoke authorizations are not used in Alur SOP; an administrator who
 * revokes a group's READ on one task does not hide it from that group's own list.
 */
public class DaftarTugasKelompok extends CommandInterceptor {

  private static final String KELOMPOK_PENGGUNA = "${currentUserGroups()}";

  /** Set while such a query runs, for {@link PernyataanSqlAlur}'s statement of its page. */
  private static final ThreadLocal<Boolean> BERJALAN = new ThreadLocal<>();

  /** Whether the group list runs in this thread, sorted by the task's own columns only. */
  static boolean sedangBerjalan() {
    return Boolean.TRUE.equals(BERJALAN.get());
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !(command instanceof AbstractExecuteFilterCmd filterCmd)
        || !context.isAuthorizationCheckEnabled() || context.getAuthentication() == null) {
      return next.execute(command);
    }
    Query<?, ?> query = ArgumenPerintah.kueriFilter(filterCmd, context); // checks READ on the filter
    if (!(query instanceof TaskQueryImpl tugas) || !hanyaKelompokSendiri(tugas, context.getAuthentication())) {
      return next.execute(command);
    }
    boolean halaman = urutanKolomTugas(tugas);
    context.disableAuthorizationCheck();
    if (halaman) {
      BERJALAN.set(Boolean.TRUE);
    }
    try {
      return next.execute(command);
    } finally {
      BERJALAN.remove();
      context.enableAuthorizationCheck();
    }
  }

  /** Sorted, and by columns of the task table only (no variable, no case-insensitive name). */
  static boolean urutanKolomTugas(TaskQueryImpl query) {
    return !query.isTaskNameCaseInsensitive() && !query.getOrderingProperties().isEmpty()
        && query.getOrderingProperties().stream().allMatch(p -> p.getRelation() == null);
  }

  /** Whether the query returns only tasks that have one of the user's groups as candidate. */
  static boolean hanyaKelompokSendiri(TaskQueryImpl query, Authentication auth) {
    if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroupLike() != null
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
}
