package id.alursop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The packages' boundaries (Spring Modulith): each top-level package under {@code id.alursop} is a
 * module; no two modules depend on each other in a cycle, none reaches into another's
 * sub-packages, and the engine's hooks ({@code id.alursop.engine}) depend on no feature.
 */
class ModulTest {

  private static final ApplicationModules MODUL = ApplicationModules.of(AlurSopApplication.class);

  @Test
  void noCycleAndNoReachIntoAnotherModule() {
    MODUL.verify();
  }

  @Test
  void theEngineModuleDependsOnNoFeature() {
    ApplicationModule engine = MODUL.getModuleByName("engine").orElseThrow();
    assertThat(engine.getDirectDependencies(MODUL).uniqueModules().map(ApplicationModule::getName))
        .as("modules id.alursop.engine depends on").isEmpty();
    assertThat(MODUL.stream().map(ApplicationModule::getName)).contains("engine", "identity", "kalender", "logbook",
        "sla", "validation");
  }
}
