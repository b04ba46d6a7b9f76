package id.alursop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the default profile: no demo user, and the admin must come from the environment. */
@Tag("own-application")
class ProductionProfileTest {

  private static final String[] BASE = {"--spring.profiles.active=produksi", "--server.port=0",
      "--camunda.bpm.process-engine-name=produksi",
      "--spring.datasource.url=jdbc:h2:mem:produksi;DB_CLOSE_DELAY=-1"};

  @Test
  void withoutAdminAccount_startFailsWithClearMessage() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(AlurSopApplication.class).run(BASE).close())
        .rootCause().hasMessageContaining("ALUR_ADMIN_USER").hasMessageContaining("ALUR_ADMIN_PASSWORD");
  }

  @Test
  void weakAdminPassword_startFailsWithClearMessage() {
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(BASE),
        java.util.stream.Stream.of("--alur.admin.user=lemah.admin", "--alur.admin.password=rahasia"))
        .toArray(String[]::new);
    assertThatThrownBy(() -> new SpringApplicationBuilder(AlurSopApplication.class).run(args).close())
        .hasStackTraceContaining("ALUR_ADMIN_PASSWORD tidak memenuhi kebijakan kata sandi");
  }

  @Test
  void withAdminAccount_noDemoUsers() {
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(BASE),
        java.util.stream.Stream.of("--alur.admin.user=kepala.admin", "--alur.admin.password=Rahasia-2026!"))
        .toArray(String[]::new);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlurSopApplication.class).run(args)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().list()).extracting(u -> u.getId())
          .containsExactly("kepala.admin").doesNotContain("bapperida.bogor");
      assertThat(engine.getIdentityService().checkPassword("kepala.admin", "Rahasia-2026!")).isTrue();
      assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createGroupQuery().groupId("bogor-bapperida").count()).isEqualTo(1);
      assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .isEnablePasswordPolicy()).as("password policy outside the demo profile").isTrue();
    }
  }
}
