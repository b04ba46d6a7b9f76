package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AlurSopTest
class OtorisasiTanpaCabutTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void revokeRowsAreNotLookedFor() {
    assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  void savingARevokeIsRefusedAndNothingIsKept_aGrantIsSaved() {
    Authorization cabut = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    cabut.setGroupId("bogor-bapperida");
    cabut.setResource(Resources.PROCESS_DEFINITION);
    cabut.setResourceId("kampung-nol-kemiskinan-ekstrem");
    cabut.addPermission(Permissions.READ);
    assertThatThrownBy(() -> engine.getAuthorizationService().saveAuthorization(cabut))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("REVOKE (pencabutan) tidak dipakai");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isZero();

    Authorization beri = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    beri.setGroupId("bogor-bapperida");
    beri.setResource(Resources.PROCESS_DEFINITION);
    beri.setResourceId("uji-otorisasi-tanpa-cabut");
    beri.addPermission(Permissions.READ);
    String id = engine.getAuthorizationService().saveAuthorization(beri).getId();
    try {
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationId(id).count()).isEqualTo(1);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(id);
    }
  }
}
