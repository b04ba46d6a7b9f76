package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AlurSopTest
class PernyataanSqlAlurTest {

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theUsersKnownGroupsAreKept_unknownNamesDropped() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getDbSqlSessionFactory().mapStatement(PernyataanSqlAlur.KELOMPOK_ENGINE))
        .isEqualTo(PernyataanSqlAlur.KELOMPOK_ALUR);
    List<String> kelompok = config.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(List.of("bogor-bapperida", "ketapang-kabid", "kelompok-tak-dikenal")));
    assertThat(kelompok).containsExactlyInAnyOrder("bogor-bapperida", "ketapang-kabid");
  }

  @Test
  void aGroupStillSeesOnlyWhatItIsGranted() {
    String instance = ProgramUji.mulai(engine, "Babakan", "007", "2026-12-01").getId();
    engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    List<Task> milikBapperida = engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 10);
    engine.getIdentityService().setAuthentication("verifikator.bogor", List.of("bogor-tim-verifikator"), List.of("bogor"));
    List<Task> milikVerifikator = engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 10);
    assertThat(milikBapperida).hasSize(1);
    assertThat(milikVerifikator).as("the step is Bapperida's, not the verifiers'").isEmpty();
  }

  /** The engine still runs statements under the names mapped, and ours are loaded next to them. */
  @Test
  void theMappedStatementsExist_ours_andTheEngines() {
    org.apache.ibatis.session.Configuration mybatis = ((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getSqlSessionFactory().getConfiguration();
    assertThat(List.of(PernyataanSqlAlur.KELOMPOK_ENGINE, PernyataanSqlAlur.TUGAS_ENGINE, PernyataanSqlAlur.KELOMPOK_ALUR,
        PernyataanSqlAlur.TUGAS_ALUR, PernyataanSqlAlur.JUMLAH_ENGINE, PernyataanSqlAlur.JUMLAH_ALUR))
        .allMatch(mybatis::hasStatement);
  }

  /** The page's statement replaces the engine's only inside the group list. */
  @Test
  void thePageStatementOnlyWhileTheGroupListRuns() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DbSqlSessionFactory sesi = config.getDbSqlSessionFactory();
    Filter filter = engine.getFilterService().createFilterQuery().filterName("Tugas kelompok saya").singleResult();
    Filter terlambat = engine.getFilterService().createFilterQuery().filterName("Terlambat").singleResult();
    Filter instansi = engine.getFilterService().createFilterQuery().filterName("Terlambat di instansi saya").singleResult();
    List<String> dipetakan = new java.util.ArrayList<>();
    DaftarTugasKelompok daftar = new DaftarTugasKelompok();
    daftar.setNext(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        dipetakan.add(sesi.mapStatement(PernyataanSqlAlur.TUGAS_ENGINE));
        dipetakan.add(sesi.mapStatement(PernyataanSqlAlur.JUMLAH_ENGINE));
        return null;
      }
    });
    engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    for (String id : List.of(filter.getId(), terlambat.getId())) {
      config.getCommandExecutorTxRequired().execute(context -> daftar.execute(new ExecuteFilterListPageCmd(id, 0, 3)));
      config.getCommandExecutorTxRequired().execute(context -> daftar.execute(new ExecuteFilterCountCmd(id)));
    }
    engine.getIdentityService().setAuthentication("pengawas.bogor", List.of("bogor-pengawas"), List.of("bogor"));
    config.getCommandExecutorTxRequired()
        .execute(context -> daftar.execute(new ExecuteFilterListPageCmd(instansi.getId(), 0, 3)));
    config.getCommandExecutorTxRequired().execute(context -> daftar.execute(new ExecuteFilterCountCmd(instansi.getId())));
    assertThat(dipetakan).as("the group list (its count from the links), Terlambat, a supervisor's filter (checked):"
        + " page and count each")
        .containsExactly(PernyataanSqlAlur.TUGAS_ALUR, PernyataanSqlAlur.JUMLAH_TAUTAN,
        PernyataanSqlAlur.TUGAS_ALUR, PernyataanSqlAlur.JUMLAH_TAUTAN, PernyataanSqlAlur.TUGAS_ALUR,
        PernyataanSqlAlur.JUMLAH_ALUR, PernyataanSqlAlur.TUGAS_ALUR, PernyataanSqlAlur.JUMLAH_ALUR,
        PernyataanSqlAlur.TUGAS_ALUR, PernyataanSqlAlur.JUMLAH_ALUR, PernyataanSqlAlur.TUGAS_ALUR,
        PernyataanSqlAlur.JUMLAH_ALUR);
    assertThat(sesi.mapStatement(PernyataanSqlAlur.TUGAS_ENGINE)).isEqualTo(PernyataanSqlAlur.TUGAS_ENGINE);
    assertThat(sesi.mapStatement(PernyataanSqlAlur.JUMLAH_ENGINE)).isEqualTo(PernyataanSqlAlur.JUMLAH_ENGINE);
  }
}
