package id.alursop.dokumen;

import id.alursop.engine.ArgumenPerintah;
import id.alursop.engine.InterseptorPerintah;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * Camunda's attachment commands check no authorization at all: without this guard any logged-in
 * user (engine REST, Java API) could list, read, download, attach or delete the documents of any
 * task or process instance by its id, another agency's included. The guard checks before each of
 * them ({@link ArgumenPerintah#PERINTAH_LAMPIRAN}), with the engine's own checkers (authorization
 * and agency, i.e. tenant), whenever the command runs for a logged-in user with those checks on:
 *
 * <ul>
 *   <li>a task's attachments (list, one, its content): READ on the task; attaching to or deleting
 *       from a task: working on it (TASK_WORK or UPDATE);
 *   <li>a process instance's attachments: READ on it; attaching to it: UPDATE on it;
 *   <li>an attachment by its id (read, content, save, delete): the same for the task it was
 *       attached to, else for its process instance;
 *   <li>a finished task or instance: READ_HISTORY on its definition (and its agency) to read,
 *       deleting its history to change.
 * </ul>
 *
 * A refusal is the engine's {@link AuthorizationException} with an Indonesian message (REST: 403);
 * nothing is read or written. An attachment, task or instance that does not exist is left to
 * Camunda (null, empty or its own error), as before.
 *
 * <p>The documents API ({@link DokumenController}) decides itself who sees a case's documents
 * ({@link KasusDokumen}) and then reads them as the application; an upload, checked there, runs
 * through {@link #diperiksaAplikasi} so that Camunda's operation log still names who attached.
 */
@Component
public class PenjagaLampiran implements InterseptorPerintah {

  /** Its place among the features' interceptors: before the form rules (the lowest runs first). */
  static final int URUTAN = 50;

  static final String PESAN_BACA = "Anda tidak berwenang melihat lampiran ini: tugas atau instansnya bukan wewenang Anda";
  static final String PESAN_UBAH = "Anda tidak berwenang melampirkan, mengubah atau menghapus berkas di sini: "
      + "hanya pelaksana langkahnya yang dapat melakukannya";

  private static final ThreadLocal<Boolean> DIPERIKSA_APLIKASI = new ThreadLocal<>();

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public CommandInterceptor buat() {
    return new Penjaga();
  }

  /**
   * Runs {@code kerja}, whose attachment commands the application has already checked, with the
   * user still logged in (so that Camunda's operation log records who attached); only this
   * guard's check is skipped, and only in this thread while {@code kerja} runs.
   */
  static <T> T diperiksaAplikasi(Supplier<T> kerja) {
    Boolean sebelum = DIPERIKSA_APLIKASI.get();
    DIPERIKSA_APLIKASI.set(Boolean.TRUE);
    try {
      return kerja.get();
    } finally {
      if (sebelum == null) {
        DIPERIKSA_APLIKASI.remove();
      } else {
        DIPERIKSA_APLIKASI.set(sebelum);
      }
    }
  }

  static final class Penjaga extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context != null && perluDiperiksa(context)) {
        ArgumenPerintah.lampiran(command).ifPresent(lampiran -> periksa(context, lampiran));
      }
      return next.execute(command);
    }

    private static boolean perluDiperiksa(CommandContext context) {
      Authentication login = context.getAuthentication();
      return login != null && login.getUserId() != null
          && (context.isAuthorizationCheckEnabled() || context.isTenantCheckEnabled())
          && !Boolean.TRUE.equals(DIPERIKSA_APLIKASI.get());
    }

    private static void periksa(CommandContext context, ArgumenPerintah.Lampiran perintah) {
      boolean ubah = perintah.menulis();
      if (perintah.idLampiran() != null && perintah.idTugas() == null) {
        AttachmentEntity lampiran = context.getDbEntityManager().selectById(AttachmentEntity.class, perintah.idLampiran());
        if (lampiran != null) {
          periksaLampiran(context, lampiran, ubah);
        }
        return;
      }
      if (perintah.idTugas() != null) {
        periksaTugas(context, perintah.idTugas(), ubah);
      }
      if (perintah.idInstans() != null) {
        periksaInstans(context, perintah.idInstans(), ubah);
      }
    }

    /** An attachment already stored: through the task it was attached to, else its process instance. */
    private static void periksaLampiran(CommandContext context, Attachment lampiran, boolean ubah) {
      if (lampiran.getTaskId() != null && adaTugas(context, lampiran.getTaskId())) {
        periksaTugas(context, lampiran.getTaskId(), ubah);
      } else if (lampiran.getProcessInstanceId() != null && adaInstans(context, lampiran.getProcessInstanceId())) {
        periksaInstans(context, lampiran.getProcessInstanceId(), ubah);
      } else {
        // neither its task nor its instance is known any more: administrators only
        hanyaAdmin(context, ubah);
      }
    }

    private static void periksaTugas(CommandContext context, String idTugas, boolean ubah) {
      TaskEntity tugas = context.getTaskManager().findTaskById(idTugas);
      if (tugas != null) {
        periksaDengan(context, ubah, c -> {
          if (ubah) {
            c.checkTaskWork(tugas);
          } else {
            c.checkReadTask(tugas);
          }
        });
        return;
      }
      HistoricTaskInstanceEntity selesai = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(idTugas);
      if (selesai != null) {
        if (ubah) {
          periksaDengan(context, true, c -> c.checkDeleteHistoricTaskInstance(selesai));
        } else {
          periksaRiwayat(context, selesai.getProcessDefinitionKey(), selesai.getTenantId());
        }
        return;
      }
      // no such task: its attachments, if any are left, are checked one by one; none, Camunda answers
      for (Attachment lampiran : context.getAttachmentManager().findAttachmentsByTaskId(idTugas)) {
        if (lampiran.getProcessInstanceId() != null && adaInstans(context, lampiran.getProcessInstanceId())) {
          periksaInstans(context, lampiran.getProcessInstanceId(), ubah);
        } else {
          hanyaAdmin(context, ubah);
        }
      }
    }

    private static void periksaInstans(CommandContext context, String idInstans, boolean ubah) {
      ExecutionEntity instans = context.getExecutionManager().findExecutionById(idInstans);
      if (instans != null) {
        periksaDengan(context, ubah, c -> {
          if (ubah) {
            c.checkUpdateProcessInstance(instans);
          } else {
            c.checkReadProcessInstance(instans);
          }
        });
        return;
      }
      HistoricProcessInstanceEntity selesai = context.getHistoricProcessInstanceManager()
          .findHistoricProcessInstance(idInstans);
      if (selesai != null) {
        if (ubah) {
          periksaDengan(context, true, c -> c.checkDeleteHistoricProcessInstance(selesai));
        } else {
          periksaRiwayat(context, selesai.getProcessDefinitionKey(), selesai.getTenantId());
        }
        return;
      }
      if (!context.getAttachmentManager().findAttachmentsByProcessInstanceId(idInstans).isEmpty()) {
        hanyaAdmin(context, ubah);
      }
    }

    /** What is finished is read with READ_HISTORY on its definition, within the user's agency. */
    private static void periksaRiwayat(CommandContext context, String kunciDefinisi, String tenant) {
      periksaDengan(context, false, c -> {
        if (kunciDefinisi == null) {
          c.checkReadHistoryAnyProcessDefinition();
        } else {
          c.checkReadHistoryProcessDefinition(kunciDefinisi);
        }
      });
      if (!context.getTenantManager().isAuthenticatedTenant(tenant)) {
        throw new AuthorizationException(PESAN_BACA);
      }
    }

    private static boolean adaTugas(CommandContext context, String idTugas) {
      return context.getTaskManager().findTaskById(idTugas) != null
          || context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(idTugas) != null;
    }

    private static boolean adaInstans(CommandContext context, String idInstans) {
      return context.getExecutionManager().findExecutionById(idInstans) != null
          || context.getHistoricProcessInstanceManager().findHistoricProcessInstance(idInstans) != null;
    }

    /** Every checker of the engine (authorization, tenant) in turn. */
    private static void periksaDengan(CommandContext context, boolean ubah, Consumer<CommandChecker> periksa) {
      List<CommandChecker> pemeriksa = context.getProcessEngineConfiguration().getCommandCheckers();
      for (CommandChecker checker : pemeriksa) {
        try {
          periksa.accept(checker);
        } catch (AuthorizationException e) {
          throw ditolak(ubah, e);
        } catch (ProcessEngineException e) {
          // the tenant checker refuses with a plain engine exception, which REST would answer with 500
          if (checker instanceof TenantCommandChecker) {
            throw ditolak(ubah, e);
          }
          throw e;
        }
      }
    }

    /** Administrators only (when the authorization check is on). */
    private static void hanyaAdmin(CommandContext context, boolean ubah) {
      try {
        context.getAuthorizationManager().checkCamundaAdmin();
      } catch (AuthorizationException e) {
        throw ditolak(ubah, e);
      }
    }

    /** The engine's {@link AuthorizationException} with an Indonesian message, the checker's refusal as cause. */
    private static AuthorizationException ditolak(boolean ubah, ProcessEngineException sebab) {
      AuthorizationException ditolak = new AuthorizationException(ubah ? PESAN_UBAH : PESAN_BACA);
      ditolak.initCause(sebab);
      return ditolak;
    }
  }
}
