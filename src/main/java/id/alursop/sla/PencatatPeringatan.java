package id.alursop.sla;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Records a reminder or escalation of a late step (once per task and level) and e-mails it.
 *
 * <p>Plain JDBC in the engine's transaction (the connection Spring binds to it), as the logbook:
 * a record is written once by a job and never changed there, so the job needs no JPA session work
 * (a JPA existence query and an identity insert with its group rows were over half of a reminder
 * job's CPU at 100,000 steps due together; bench/reading.md). Reading and closing alerts stay with
 * {@link PeringatanSlaRepository}.
 */
@Component
public class PencatatPeringatan {

  private static final String ADA = "select count(*) from sla_peringatan where task_id = ? and tingkat = ?";
  private static final String INSERT = "insert into sla_peringatan (task_id, process_instance_id, process_definition_key,"
      + " task_definition_key, langkah, nama_tugas, tingkat, kelompok_penerima, pengguna_penerima, jatuh_tempo,"
      + " dibuat_pada, selesai) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)";
  /** The record's id found by its unique key, so that no generated key is read back. */
  private static final String INSERT_KELOMPOK = "insert into sla_peringatan_kelompok (peringatan_id, kelompok)"
      + " select id, ? from sla_peringatan where task_id = ? and tingkat = ?";

  /** Looked up at first use, then kept (the bean may not exist yet when this one is built). */
  private final Supplier<JdbcTemplate> jdbc;
  private final EmailSla email;

  public PencatatPeringatan(ObjectProvider<JdbcTemplate> jdbc, EmailSla email) {
    this.jdbc = SingletonSupplier.of(jdbc::getObject);
    this.email = email;
  }

  /** Whether the step's level is recorded already (a second delivery of its job then does nothing). */
  public boolean sudahDicatat(String taskId, TingkatEskalasi tingkat) {
    return jdbc.get().queryForObject(ADA, Long.class, taskId, tingkat.name()) > 0;
  }

  /** For the user {@code pengguna}, else the groups {@code kelompok} (comma-separated). */
  public PeringatanSla catat(LangkahTerlambat langkah, TingkatEskalasi tingkat, String kelompok, String pengguna) {
    PeringatanSla baru = new PeringatanSla(langkah, tingkat, kelompok, pengguna, ClockUtil.getCurrentTime().toInstant());
    JdbcTemplate j = jdbc.get();
    j.update(INSERT, baru.getTaskId(), baru.getProcessInstanceId(), baru.getProcessDefinitionKey(),
        baru.getTaskDefinitionKey(), baru.getLangkah(), baru.getNamaTugas(), tingkat.name(), kelompok, pengguna,
        waktu(baru.getJatuhTempo()), waktu(baru.getDibuatPada()));
    if (kelompok != null) {
      // as the entity keeps them: one row per distinct group
      for (String k : new java.util.LinkedHashSet<>(java.util.Arrays.asList(kelompok.split(",")))) {
        if (!k.isEmpty()) {
          j.update(INSERT_KELOMPOK, k, baru.getTaskId(), tingkat.name());
        }
      }
    }
    email.kirim(baru);
    return baru;
  }

  private static SqlParameterValue waktu(Instant saat) {
    return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, saat == null ? null : OffsetDateTime.ofInstant(saat,
        ZoneOffset.UTC));
  }

}
