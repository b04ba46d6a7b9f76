package id.alursop.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Two refusals of requests the engine would otherwise mishandle, as bad input (400) before they run.
 *
 * <p>A new task outside any process (Tasklist's "Buat tugas", {@code POST /engine-rest/task/create})
 * must have a name: an empty request body would otherwise create a task nobody can tell apart.
 *
 * <p>A job query filtering by more than one of job id, job ids, job definition id and activity id is
 * refused as bad input (400) before it runs: Camunda 7.24's statement joins those four conditions
 * without {@code and}, so the database would answer with a syntax error (a 500 "fault" that is
 * the request's). Alone, each works as Camunda wrote it.
 */
@Component
class PermintaanEngineAman implements InterseptorPerintah {

  static final int URUTAN = 10;

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public CommandInterceptor buat() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof SaveTaskCmd simpan) {
          TaskEntity tugas = ArgumenPerintah.tugas(simpan);
          if (tugas != null && tugas.getRevision() == 0 && (tugas.getName() == null || tugas.getName().isBlank())) {
            throw new PenolakanAlur("Isian 'name' wajib diisi: tugas baru harus bernama");
          }
        }
        if (command instanceof JobQueryImpl query) {
          List<String> saringan = ArgumenPerintah.saringanJobTanpaDan(query);
          if (saringan.size() > 1) {
            throw new PenolakanAlur("Penyaringan job " + String.join(", ", saringan)
                + " tidak dapat dipakai bersamaan: pakai salah satu dari jobId, jobIds, jobDefinitionId, activityId");
          }
        }
        return next.execute(command);
      }
    };
  }
}
