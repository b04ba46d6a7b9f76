package id.alursop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopApplication;
import id.alursop.TestHttp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the default profile: no demo user, and the admin must come from the environment. */
@Tag("own-application")
@ExtendWith(OutputCaptureExtension.class)
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
  void weakAdminPassword_startFailsWithOneClearLine(CapturedOutput keluaran) {
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(BASE),
        java.util.stream.Stream.of("--alur.admin.user=lemah.admin", "--alur.admin.password=Lemah.Admin-2026"))
        .toArray(String[]::new);
    assertThatThrownBy(() -> new SpringApplicationBuilder(AlurSopApplication.class).run(args).close())
        .hasStackTraceContaining("ALUR_ADMIN_PASSWORD tidak memenuhi kebijakan kata sandi");
    String laporan = keluaran.getOut().substring(keluaran.getOut().indexOf("APPLICATION FAILED TO START"));
    assertThat(laporan).contains("ALUR_ADMIN_PASSWORD tidak memenuhi kebijakan kata sandi: tidak memuat nama "
        + "pengguna, nama depan, nama belakang atau surel.").contains("Action:")
        .doesNotContain("Lemah.Admin-2026").doesNotContain("\tat ");
    assertThat(keluaran.getOut()).as("no stack trace anywhere").doesNotContain("\tat ")
        .doesNotContain("Lemah.Admin-2026");
  }

  @Test
  void withAdminAccount_noDemoUsers() throws Exception {
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

      // a weak password is a bad request naming the rules broken, not a server error; nothing is saved
      org.camunda.bpm.engine.identity.User lemah = engine.getIdentityService().newUser("staf.baru");
      lemah.setPassword("staf.baru-2026");
      assertThatThrownBy(() -> engine.getIdentityService().saveUser(lemah)).isInstanceOf(KataSandiDitolak.class)
          .hasMessage("Kata sandi tidak memenuhi kebijakan: memuat sedikitnya 1 huruf besar; "
              + "tidak memuat nama pengguna, nama depan, nama belakang atau surel");
      TestHttp http = new TestHttp(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
      java.net.http.HttpResponse<String> lewatRest = http.post("/engine-rest/engine/produksi/user/create", "kepala.admin:Rahasia-2026!",
          "application/json", "{\"profile\":{\"id\":\"staf.rest\",\"firstName\":\"Staf\",\"lastName\":\"Rest\"},"
              + "\"credentials\":{\"password\":\"pendek\"}}");
      assertThat(lewatRest.statusCode()).as(lewatRest.body()).isEqualTo(400);
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(lewatRest.body()).path("message").asText())
          .startsWith("Kata sandi tidak memenuhi kebijakan: minimal 10 karakter;");
      assertThat(lewatRest.body()).doesNotContain("pendek");
      assertThat(engine.getIdentityService().createUserQuery().userIdIn("staf.baru", "staf.rest").count()).isZero();
    }
  }
}
