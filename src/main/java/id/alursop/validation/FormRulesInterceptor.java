package id.alursop.validation;

import id.alursop.engine.ArgumenPerintah;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Enforces the deployed Camunda Form of a task or start event on the server, whatever the
 * caller: engine REST, the Tasklist's own API or the Java API. Before a task is completed (or its
 * form submitted) or a process is started (or its start form submitted), the values (submitted,
 * over those already in scope for a task) are checked against the form's rules; a broken rule
 * throws {@link FormValidationException} before anything is written.
 */
public class FormRulesInterceptor extends CommandInterceptor {

  private final FormValidator validator = new FormValidator();
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      if (command instanceof CompleteTaskCmd complete) {
        checkTask(context, ArgumenPerintah.idTugas(complete), ArgumenPerintah.variabel(complete));
      } else if (command instanceof SubmitTaskFormCmd submit) {
        checkTask(context, ArgumenPerintah.idTugas(submit), ArgumenPerintah.variabel(submit));
      } else if (command instanceof StartProcessInstanceCmd start) {
        ProcessInstantiationBuilderImpl builder = ArgumenPerintah.pembangun(start);
        checkStart(context, definition(context, builder), builder.getVariables());
      } else if (command instanceof SubmitStartFormCmd startForm) {
        checkStart(context, context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(ArgumenPerintah.idDefinisi(startForm)), ArgumenPerintah.variabel(startForm));
      }
    }
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      throw unwrapped(e);
    }
  }

  /**
   * A rule broken inside a listener or expression reaches here wrapped by the engine; callers
   * get the validation failure itself, so that REST answers 400 and Java callers can catch it.
   */
  private static ProcessEngineException unwrapped(ProcessEngineException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof FormValidationException validation) {
        return validation;
      }
    }
    return e;
  }

  private void checkTask(CommandContext context, String taskId, Map<String, Object> submitted) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    checkAssignee(context, task);
    if (task == null || task.getTaskDefinition() == null
        || !isCamundaForm(task.getTaskDefinition().getFormDefinition())) {
      return;
    }
    Map<String, Object> values = new HashMap<>(task.getVariables());
    if (submitted != null) {
      values.putAll(submitted);
    }
    ProcessDefinitionEntity definition = task.getProcessDefinition();
    FormSchema schema = schema(context, task.getTaskDefinition().getFormDefinition(), task,
        definition == null ? null : definition.getDeploymentId());
    report(concat(unknown(schema, submitted), validator.validate(schema, values)));
  }

  /** A claimed task is completed by whoever claimed it (administrators excepted). */
  private static void checkAssignee(CommandContext context, TaskEntity task) {
    Authentication auth = context.getAuthentication();
    if (task == null || task.getAssignee() == null || auth == null || auth.getUserId() == null
        || task.getAssignee().equals(auth.getUserId())
        || context.getAuthorizationManager().isCamundaAdmin(auth)) {
      return;
    }
    throw new AuthorizationException("Tugas ini sudah diklaim oleh pengguna lain; hanya dia yang dapat menyelesaikannya");
  }

  private void checkStart(CommandContext context, ProcessDefinitionEntity definition, Map<String, Object> submitted) {
    if (definition == null || !isCamundaForm(definition.getStartFormDefinition())) {
      return;
    }
    FormSchema schema = schema(context, definition.getStartFormDefinition(),
        StartProcessVariableScope.getSharedInstance(), definition.getDeploymentId());
    report(concat(unknown(schema, submitted), validator.validate(schema, submitted == null ? Map.of() : submitted)));
  }

  /** Submitted values the form has no field for: refused, so that nothing unasked is stored. */
  private static List<Pelanggaran> unknown(FormSchema schema, Map<String, Object> submitted) {
    if (submitted == null) {
      return List.of();
    }
    return submitted.keySet().stream().filter(name -> !schema.variables().contains(name)).sorted()
        .map(name -> new Pelanggaran(name, name, Pelanggaran.UNKNOWN, "Isian '" + name + "' tidak ada dalam formulir"))
        .toList();
  }

  private static List<Pelanggaran> concat(List<Pelanggaran> a, List<Pelanggaran> b) {
    return a.isEmpty() ? b : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void report(List<Pelanggaran> pelanggaran) {
    if (!pelanggaran.isEmpty()) {
      throw new FormValidationException(pelanggaran);
    }
  }

  private static boolean isCamundaForm(FormDefinition form) {
    return form != null && form.getCamundaFormDefinitionKey() != null;
  }

  /**
   * The rules of the Camunda Form a task or start event refers to. The reference is resolved as
   * the engine resolves it (key, binding, version; one query for "latest"); deployed forms never
   * change, so each form definition is read and parsed once, then kept by its id.
   */
  private FormSchema schema(CommandContext context, FormDefinition form, VariableScope scope, String deploymentId) {
    Object key = form.getCamundaFormDefinitionKey().getValue(scope);
    String binding = form.getCamundaFormDefinitionBinding() == null
        ? "latest" : form.getCamundaFormDefinitionBinding();
    CamundaFormRefImpl ref = new CamundaFormRefImpl(String.valueOf(key), binding);
    if ("version".equals(binding) && form.getCamundaFormDefinitionVersion() != null) {
      ref.setVersion(Integer.valueOf(String.valueOf(form.getCamundaFormDefinitionVersion().getValue(scope))));
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, deploymentId));
    if (definition == null) {
      throw new NotFoundException("Formulir '" + ref.getKey() + "' (" + binding + ") tidak ditemukan");
    }
    return schemas.computeIfAbsent(definition.getId(), id -> {
      InputStream stream = context.runWithoutAuthorization(
          new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()));
      try (stream) {
        return FormSchema.parse(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static ProcessDefinitionEntity definition(CommandContext context, ProcessInstantiationBuilderImpl builder) {
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    try {
      if (builder.getProcessDefinitionId() != null) {
        return cache.findDeployedProcessDefinitionById(builder.getProcessDefinitionId());
      }
      if (builder.getProcessDefinitionTenantId() != null) {
        return cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(builder.getProcessDefinitionKey(),
            builder.getProcessDefinitionTenantId());
      }
      return cache.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
    } catch (ProcessEngineException e) {
      return null; // the start command itself reports the unknown definition
    }
  }
}
