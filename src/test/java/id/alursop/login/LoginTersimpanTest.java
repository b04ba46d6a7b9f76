package id.alursop.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

@AlurSopTest
class LoginTersimpanTest {

  private static final String PENGGUNA = "uji.login.bogor";

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void hapus() {
    engine.getIdentityService().deleteUser(PENGGUNA);
  }

  @Test
  void aRememberedLoginCarriesGroupsAndTenants_aWrongPasswordIsNeverServedFromIt_andChangesApplyAfterItsTime() {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(PENGGUNA);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(PENGGUNA, "bogor-bapperida");
    AtomicLong jam = new AtomicLong();
    LoginTersimpan login = new LoginTersimpan(Duration.ofMillis(400), jam::get);

    AuthenticationResult pertama = login.extractAuthenticatedUser(permintaan(PENGGUNA + ":demo"), engine);
    assertThat(pertama.isAuthenticated()).isTrue();
    assertThat(pertama.getGroups()).containsExactly("bogor-bapperida");
    assertThat(pertama.getTenants()).containsExactly("bogor");

    identity.createMembership(PENGGUNA, "bogor-pengawas");
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":demo"), engine).getGroups())
        .as("within its time the login is remembered as it was").containsExactly("bogor-bapperida");
    jam.addAndGet(Duration.ofMillis(500).toNanos());
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":demo"), engine).getGroups())
        .containsExactlyInAnyOrder("bogor-bapperida", "bogor-pengawas");

    User sama = identity.createUserQuery().userId(PENGGUNA).singleResult();
    sama.setPassword("baru");
    identity.saveUser(sama);
    jam.addAndGet(Duration.ofMillis(500).toNanos());
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":baru"), engine).isAuthenticated()).isTrue();
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":baru"), engine).isAuthenticated()).isTrue();
    // last: a failed login makes the engine delay this user's next attempts
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":demo"), engine).isAuthenticated())
        .as("the old password stops working once its time is over; a remembered login lets no other in").isFalse();
  }

  @Test
  void zeroTurnsRememberingOff() {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(PENGGUNA);
    user.setPassword("demo");
    identity.saveUser(user);
    LoginTersimpan login = new LoginTersimpan(Duration.ZERO);
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":demo"), engine).isAuthenticated()).isTrue();
    identity.createMembership(PENGGUNA, "bogor-bapperida");
    // without remembering, Camunda's filter loads the groups itself: the provider leaves them unset
    assertThat(login.extractAuthenticatedUser(permintaan(PENGGUNA + ":demo"), engine).getGroups()).isNull();
  }

  private static MockHttpServletRequest permintaan(String login) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    return request;
  }
}
