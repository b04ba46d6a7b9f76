package id.alursop.sla;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine job of one escalation level of one task. The job executor runs it once, on one
 * node (the job is locked and then deleted), also after a restart; the unique row per task and
 * level in {@code sla_peringatan} makes a second run do nothing.
 */
public class EskalasiJobHandler implements JobHandler<EskalasiJobHandler.Konfigurasi> {

  public static final String TYPE = "alur-sla-eskalasi";

  private final ObjectProvider<EskalasiSla> eskalasi;

  public EskalasiJobHandler(ObjectProvider<EskalasiSla> eskalasi) {
    this.eskalasi = eskalasi;
  }

  /** Which task and level the job is for. */
  public record Konfigurasi(String taskId, TingkatEskalasi tingkat) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return taskId + "|" + tingkat.name();
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Konfigurasi konfigurasi, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    eskalasi.getObject().picu(konfigurasi.taskId(), konfigurasi.tingkat());
  }

  @Override
  public Konfigurasi newConfiguration(String canonicalString) {
    String[] parts = canonicalString.split("\\|");
    return new Konfigurasi(parts[0], TingkatEskalasi.valueOf(parts[1]));
  }

  @Override
  public void onDelete(Konfigurasi configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
