package id.alursop.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;

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

  @SuppressWarnings("unchecked")
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
