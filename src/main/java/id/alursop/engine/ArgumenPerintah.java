package id.alursop.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.Attachment;

/**
 * The arguments of the engine's commands that interceptors need and Camunda keeps in protected
 * fields (or behind a protected method), read by reflection here and nowhere else. A Camunda
 * release that renames one fails {@code ArgumenPerintahTest}.
 */
public final class ArgumenPerintah {

  private ArgumenPerintah() {
  }

  /** The task a completion is for. */
  public static String idTugas(CompleteTaskCmd command) {
    return field(CompleteTaskCmd.class, command, "taskId");
  }

  /** The values a completion submits. */
  public static Map<String, Object> variabel(CompleteTaskCmd command) {
    return field(CompleteTaskCmd.class, command, "variables");
  }

  /** The task a form submission is for. */
  public static String idTugas(SubmitTaskFormCmd command) {
    return field(SubmitTaskFormCmd.class, command, "taskId");
  }

  /** The values a task form submits. */
  public static Map<String, Object> variabel(SubmitTaskFormCmd command) {
    return field(SubmitTaskFormCmd.class, command, "properties");
  }

  /** What a process start was asked for (definition id or key, tenant, variables). */
  public static ProcessInstantiationBuilderImpl pembangun(StartProcessInstanceCmd command) {
    return field(StartProcessInstanceCmd.class, command, "instantiationBuilder");
  }

  /** The definition a start form submission starts. */
  public static String idDefinisi(SubmitStartFormCmd command) {
    return field(SubmitStartFormCmd.class, command, "processDefinitionId");
  }

  /** The values a start form submits. */
  public static Map<String, Object> variabel(SubmitStartFormCmd command) {
    return field(SubmitStartFormCmd.class, command, "variables");
  }

  /** The saved filter's query, extended as the command asks; checks READ on the filter as Camunda does. */
  public static Query<?, ?> kueriFilter(AbstractExecuteFilterCmd command, CommandContext context) {
    try {
      Method method = AbstractExecuteFilterCmd.class.getDeclaredMethod("getFilterQuery", CommandContext.class);
      method.setAccessible(true);
      return (Query<?, ?>) method.invoke(command, context);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's filter command has no getFilterQuery: cannot read the filter", e);
    }
  }

  /** Whether {@link #padaKueri} knows the filter command: Camunda's list, page, count and single result. */
  public static boolean perintahFilterDikenal(AbstractExecuteFilterCmd command) {
    return command instanceof ExecuteFilterListPageCmd || command instanceof ExecuteFilterListCmd
        || command instanceof ExecuteFilterCountCmd || command instanceof ExecuteFilterSingleResultCmd;
  }

  /**
   * What the filter command does, done on {@code query}: the query {@link #kueriFilter} gave for
   * it. A filter command reads its query once; reading it a second time in the same command would
   * extend the filter's cached query again, and Camunda's {@code TaskQueryImpl.extend} moves the
   * OR blocks out of the query it extends (and out of the extending one), so the second reading
   * would lack them. The bodies are Camunda's own: a list or page with the results limit, a count,
   * a single result.
   */
  @SuppressWarnings("unchecked")
  public static <T> Command<T> padaKueri(AbstractExecuteFilterCmd command, Query<?, ?> query) {
    if (command instanceof ExecuteFilterListPageCmd halaman) {
      int awal = ArgumenPerintah.<Integer>field(ExecuteFilterListPageCmd.class, halaman, "firstResult");
      int jumlah = ArgumenPerintah.<Integer>field(ExecuteFilterListPageCmd.class, halaman, "maxResults");
      return context -> {
        ((AbstractQuery<?, ?>) query).enableMaxResultsLimit();
        return (T) query.listPage(awal, jumlah);
      };
    }
    if (command instanceof ExecuteFilterListCmd) {
      return context -> {
        ((AbstractQuery<?, ?>) query).enableMaxResultsLimit();
        return (T) query.list();
      };
    }
    if (command instanceof ExecuteFilterCountCmd) {
      return context -> (T) Long.valueOf(query.count());
    }
    if (command instanceof ExecuteFilterSingleResultCmd) {
      return context -> (T) query.singleResult();
    }
    throw new IllegalArgumentException("Perintah filter tidak dikenal: " + command.getClass().getName());
  }

  /**
   * What one of Camunda's attachment commands names: a task, a process instance, an attachment
   * (each null when the command names none), and whether the command writes (creates, changes or
   * deletes an attachment).
   */
  public record Lampiran(String idTugas, String idInstans, String idLampiran, boolean menulis) {
  }

  /** Camunda's attachment commands, each known to {@link #lampiran}. */
  public static final Set<Class<?>> PERINTAH_LAMPIRAN = Set.of(GetTaskAttachmentsCmd.class, GetTaskAttachmentCmd.class,
      GetTaskAttachmentContentCmd.class, GetProcessInstanceAttachmentsCmd.class, GetAttachmentCmd.class,
      GetAttachmentContentCmd.class, CreateAttachmentCmd.class, SaveAttachmentCmd.class, DeleteAttachmentCmd.class);

  /** What an attachment command names (see {@link #PERINTAH_LAMPIRAN}); empty for any other command. */
  public static Optional<Lampiran> lampiran(Command<?> command) {
    Lampiran lampiran = null;
    if (command instanceof GetTaskAttachmentsCmd c) {
      lampiran = new Lampiran(field(GetTaskAttachmentsCmd.class, c, "taskId"), null, null, false);
    } else if (command instanceof GetTaskAttachmentCmd c) {
      lampiran = new Lampiran(field(GetTaskAttachmentCmd.class, c, "taskId"), null,
          field(GetTaskAttachmentCmd.class, c, "attachmentId"), false);
    } else if (command instanceof GetTaskAttachmentContentCmd c) {
      lampiran = new Lampiran(field(GetTaskAttachmentContentCmd.class, c, "taskId"), null,
          field(GetTaskAttachmentContentCmd.class, c, "attachmentId"), false);
    } else if (command instanceof GetProcessInstanceAttachmentsCmd c) {
      lampiran = new Lampiran(null, field(GetProcessInstanceAttachmentsCmd.class, c, "processInstanceId"), null, false);
    } else if (command instanceof GetAttachmentCmd c) {
      lampiran = new Lampiran(null, null, field(GetAttachmentCmd.class, c, "attachmentId"), false);
    } else if (command instanceof GetAttachmentContentCmd c) {
      lampiran = new Lampiran(null, null, field(GetAttachmentContentCmd.class, c, "attachmentId"), false);
    } else if (command instanceof CreateAttachmentCmd c) {
      lampiran = new Lampiran(field(CreateAttachmentCmd.class, c, "taskId"),
          field(CreateAttachmentCmd.class, c, "processInstanceId"), null, true);
    } else if (command instanceof SaveAttachmentCmd c) {
      Attachment disimpan = field(SaveAttachmentCmd.class, c, "attachment");
      lampiran = new Lampiran(null, null, disimpan == null ? null : disimpan.getId(), true);
    } else if (command instanceof DeleteAttachmentCmd c) {
      lampiran = new Lampiran(field(DeleteAttachmentCmd.class, c, "taskId"), null,
          field(DeleteAttachmentCmd.class, c, "attachmentId"), true);
    }
    return Optional.ofNullable(lampiran);
  }

  /** A task query's own bookkeeping, not criteria: its blocks, whether it is an OR block, caches. */
  private static final Set<String> BUKAN_KRITERIA = Set.of("queries", "isOrQueryActive", "cachedCandidateGroups",
      "cachedUserGroups");

  /**
   * The criteria one block of a task query sets (the main block, or one of its {@code or()}
   * blocks): the names of its fields that differ from those of a new block of the same kind.
   * Criteria given as expressions are not among them until evaluated (see
   * {@link TaskQueryImpl#getExpressions()}). Every field is compared, so a criterion a later
   * Camunda release adds is seen as well.
   */
  public static Set<String> kriteria(TaskQueryImpl blok) {
    TaskQueryImpl baru = new TaskQueryImpl();
    if (blok.isOrQueryActive()) {
      baru = (TaskQueryImpl) baru.or();
    }
    Set<String> terisi = new TreeSet<>();
    for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || BUKAN_KRITERIA.contains(field.getName())) {
        continue;
      }
      try {
        field.setAccessible(true);
        if (!Objects.deepEquals(field.get(blok), field.get(baru))) {
          terisi.add(field.getName());
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("Camunda's task query field '" + field.getName() + "' cannot be read", e);
      }
    }
    return terisi;
  }

  /** A user and the new password a {@link SaveUserCmd} would save. */
  public record KataSandiBaru(User pengguna, String kataSandi) {
  }

  /**
   * The new password of a user's save ({@link SaveUserCmd} with a new password, not skipping the
   * password policy); empty for any other command.
   */
  public static Optional<KataSandiBaru> kataSandiBaru(Command<?> command) {
    if (!(command instanceof SaveUserCmd simpan)) {
      return Optional.empty();
    }
    Boolean lewati = field(SaveUserCmd.class, simpan, "skipPasswordPolicy");
    Object pengguna = field(SaveUserCmd.class, simpan, "user");
    if (Boolean.TRUE.equals(lewati) || !(pengguna instanceof UserEntity entitas) || !entitas.hasNewPassword()) {
      return Optional.empty();
    }
    return Optional.of(new KataSandiBaru(entitas, field(UserEntity.class, entitas, "newPassword")));
  }

  @SuppressWarnings("unchecked")
  /** The task a save is for (new when its revision is 0). */
  public static org.camunda.bpm.engine.impl.persistence.entity.TaskEntity tugas(
      org.camunda.bpm.engine.impl.cmd.SaveTaskCmd command) {
    return field(org.camunda.bpm.engine.impl.cmd.SaveTaskCmd.class, command, "task");
  }

  /**
   * The job query's filters that Camunda's statement joins without {@code and} (7.24's
   * {@code selectJobByQueryCriteriaSql}): job id, job ids, job definition id, activity id; those set.
   */
  public static java.util.List<String> saringanJobTanpaDan(org.camunda.bpm.engine.impl.JobQueryImpl query) {
    java.util.List<String> diisi = new java.util.ArrayList<>();
    if (field(org.camunda.bpm.engine.impl.JobQueryImpl.class, query, "id") != null) {
      diisi.add("jobId");
    }
    java.util.Set<String> ids = field(org.camunda.bpm.engine.impl.JobQueryImpl.class, query, "ids");
    if (ids != null && !ids.isEmpty()) {
      diisi.add("jobIds");
    }
    if (field(org.camunda.bpm.engine.impl.JobQueryImpl.class, query, "jobDefinitionId") != null) {
      diisi.add("jobDefinitionId");
    }
    if (field(org.camunda.bpm.engine.impl.JobQueryImpl.class, query, "activityId") != null) {
      diisi.add("activityId");
    }
    return diisi;
  }

  private static <V> V field(Class<?> type, Object command, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (V) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + type.getSimpleName() + " has no field '" + name
          + "': its arguments cannot be read", e);
    }
  }
}
