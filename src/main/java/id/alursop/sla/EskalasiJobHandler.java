package id.alursop.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine job of the next escalation level of one task. It carries the later levels and their
 * moments, so a step keeps one pending job: when it fires, it schedules the next level (a
 * configuration without later levels, as written before they were chained, fires its own level
 * only). The job executor runs it once, on one node (the job is locked and then deleted), also
 * after a restart; the unique row per task and level in {@code sla_peringatan} makes a second run
 * do nothing.
 */
public class EskalasiJobHandler implements JobHandler<EskalasiJobHandler.Konfigurasi> {

  public static final String TYPE = "alur-sla-eskalasi";

  private final ObjectProvider<PemicuEskalasi> pemicu;

  public EskalasiJobHandler(ObjectProvider<PemicuEskalasi> pemicu) {
    this.pemicu = pemicu;
  }

  /** A later level and its moment. */
  public record Lanjutan(TingkatEskalasi tingkat, Instant saat) {
  }

  /** Which task and level the job is for, and the levels after it. */
  public record Konfigurasi(String taskId, TingkatEskalasi tingkat, List<Lanjutan> berikut)
      implements JobHandlerConfiguration {

    public Konfigurasi {
      berikut = List.copyOf(berikut);
    }

    public Konfigurasi(String taskId, TingkatEskalasi tingkat) {
      this(taskId, tingkat, List.of());
    }

    /** {@code task|LEVEL} then {@code |LEVEL@epochMillis} per later level. */
    @Override
    public String toCanonicalString() {
      StringBuilder s = new StringBuilder(taskId).append('|').append(tingkat.name());
      berikut.forEach(l -> s.append('|').append(l.tingkat().name()).append('@').append(l.saat().toEpochMilli()));
      return s.toString();
    }

    /** Reads {@link #toCanonicalString()}; a configuration written before chaining has no later levels. */
    public static Konfigurasi dari(String canonicalString) {
      String[] parts = canonicalString.split("\\|");
      List<Lanjutan> berikut = new ArrayList<>();
      for (int i = 2; i < parts.length; i++) {
        String[] tingkatSaat = parts[i].split("@");
        berikut.add(new Lanjutan(TingkatEskalasi.valueOf(tingkatSaat[0]), Instant.ofEpochMilli(Long.parseLong(tingkatSaat[1]))));
      }
      return new Konfigurasi(parts[0], TingkatEskalasi.valueOf(parts[1]), berikut);
    }

    /** The prefix every configuration of this task starts with. */
    public static String awalan(String taskId) {
      return taskId + "|";
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Konfigurasi konfigurasi, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    pemicu.getObject().picu(konfigurasi);
  }

  @Override
  public Konfigurasi newConfiguration(String canonicalString) {
    return Konfigurasi.dari(canonicalString);
  }

  @Override
  public void onDelete(Konfigurasi configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
