package id.alursop.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Alur SOP's one engine plugin: every hook into Camunda's internals is installed here, in this
 * order.
 *
 * <ol>
 *   <li>Authorization: REVOKE rows are never looked for ({@link OtorisasiTanpaCabut}).
 *   <li>Business calendar: due dates and durations in the {@link KalenderEngine} a feature gives,
 *       cycles as calendar cycles.
 *   <li>Command interceptors, inside the command's transaction: the engine's own first, the
 *       Tasklist filters ({@link DaftarTugasKelompok}) then the REVOKE refusal ({@link OtorisasiTanpaCabut.TolakCabut}),
 *       then the features' {@link InterseptorPerintah} by {@link InterseptorPerintah#urutan()}.
 *   <li>BPMN parse listeners: the features' {@link PendengarParse} by {@link PendengarParse#urutan()}.
 *   <li>Job handlers: the features' {@link PenanganJob}, each under its own type.
 *   <li>After the engine's MyBatis setup: the statement mapping ({@link PernyataanSqlAlur}).
 *   <li>After the engine is built: the indexes of the Tasklist filters and of the forms' "latest" lookup ({@link IndeksDaftarTugas}), then the
 *       report of REVOKE rows kept from before.
 * </ol>
 *
 * <p>Features contribute through those interfaces as beans; this package imports no feature.
 * Two contributions claiming the same place, or the same job type, stop the engine from starting.
 */
@Component
public class AlurEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<KalenderEngine> kalender;
  private final ObjectProvider<InterseptorPerintah> interseptor;
  private final ObjectProvider<PendengarParse> pendengar;
  private final ObjectProvider<PenanganJob> penanganJob;
  private DataSource dataSource;

  public AlurEnginePlugin(ObjectProvider<KalenderEngine> kalender, ObjectProvider<InterseptorPerintah> interseptor,
      ObjectProvider<PendengarParse> pendengar, ObjectProvider<PenanganJob> penanganJob) {
    this.kalender = kalender;
    this.interseptor = interseptor;
    this.pendengar = pendengar;
    this.penanganJob = penanganJob;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OtorisasiTanpaCabut.terapkan(configuration);
    KalenderEngine kerja = kalender.getIfAvailable();
    if (kerja != null) {
      configuration.setBusinessCalendarManager(kalenderBisnis(kerja.kalender()));
    }
    var interseptorPerintah = daftar(configuration::getCustomPostCommandInterceptorsTxRequired,
        configuration::setCustomPostCommandInterceptorsTxRequired);
    interseptorPerintah.add(new DaftarTugasKelompok());
    interseptorPerintah.add(new OtorisasiTanpaCabut.TolakCabut());
    berurutan(interseptor.stream().toList(), InterseptorPerintah::urutan)
        .forEach(i -> interseptorPerintah.add(i.buat()));
    var pendengarParse = daftar(configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners);
    berurutan(pendengar.stream().toList(), PendengarParse::urutan)
        .forEach(p -> pendengarParse.add(p.buat(configuration)));
    var jobHandler = daftar(configuration::getCustomJobHandlers, configuration::setCustomJobHandlers);
    Map<String, JobHandler<?>> menurutJenis = new HashMap<>();
    penanganJob.forEach(p -> {
      JobHandler<?> penangan = p.penangan();
      if (menurutJenis.putIfAbsent(penangan.getType(), penangan) != null) {
        throw new IllegalStateException("Dua penangan job untuk jenis '" + penangan.getType() + "'");
      }
      jobHandler.add(penangan);
    });
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    PernyataanSqlAlur.pasang(configuration);
    this.dataSource = configuration.getDataSource();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    IndeksDaftarTugas.buat(dataSource);
    OtorisasiTanpaCabut.periksa(processEngine);
  }

  private static MapBusinessCalendarManager kalenderBisnis(BusinessCalendar kerja) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, kerja);
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, kerja);
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    return calendars;
  }

  /** The contributions by their stated place; two in the same place are refused. */
  static <K> List<K> berurutan(List<K> kontribusi, ToIntFunction<K> urutan) {
    List<K> urut = kontribusi.stream().sorted(Comparator.comparingInt(urutan)).toList();
    for (int i = 1; i < urut.size(); i++) {
      if (urutan.applyAsInt(urut.get(i - 1)) == urutan.applyAsInt(urut.get(i))) {
        throw new IllegalStateException("Urutan " + urutan.applyAsInt(urut.get(i)) + " dipakai dua kali: "
            + urut.get(i - 1).getClass().getName() + " dan " + urut.get(i).getClass().getName());
      }
    }
    return urut;
  }

  /** The engine's list, created when still missing. */
  private static <T> List<T> daftar(Supplier<List<T>> baca, Consumer<List<T>> tetapkan) {
    if (baca.get() == null) {
      tetapkan.accept(new ArrayList<>());
    }
    return baca.get();
  }
}
