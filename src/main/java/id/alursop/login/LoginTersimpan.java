package id.alursop.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic against the identity service, with each successful login (user, groups, tenants)
 * remembered for a short time, so that a client's every call does not check the password and
 * load the groups and tenants again (three engine commands per request). Keyed by a SHA-256 of
 * the Authorization header: passwords are never kept. A changed password or membership applies
 * to REST calls after at most {@code alur.rest.login-tersimpan} (default 30 s; the webapps keep
 * theirs for 5 minutes); failed logins are never remembered. {@code 0s} turns it off.
 *
 * <p>A refused login answers 401 with a JSON message and no {@code WWW-Authenticate} challenge,
 * so that no browser ever shows its own login dialog (people log in on the webapps' login page).
 */
public final class LoginTersimpan extends HttpBasicAuthenticationProvider {

  private final Cache<String, AuthenticationResult> tersimpan;

  public LoginTersimpan(Duration lama) {
    this(lama, Ticker.systemTicker());
  }

  /** With the clock that times the remembered logins out (tests pass their own). */
  LoginTersimpan(Duration lama, Ticker ticker) {
    this.tersimpan = lama.isZero() ? null
        : Caffeine.newBuilder().expireAfterWrite(lama).ticker(ticker).maximumSize(10_000).build();
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (tersimpan == null || header == null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    String kunci = engine.getName() + '/' + System.identityHashCode(engine) + '/' + sha256(header);
    AuthenticationResult ingat = tersimpan.getIfPresent(kunci);
    if (ingat != null) {
      return salinan(ingat);
    }
    AuthenticationResult hasil = super.extractAuthenticatedUser(request, engine);
    if (hasil.isAuthenticated()) {
      IdentityService identity = engine.getIdentityService();
      String user = hasil.getAuthenticatedUser();
      hasil.setGroups(identity.createGroupQuery().groupMember(user).unlimitedList().stream().map(Group::getId).toList());
      hasil.setTenants(identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).unlimitedList()
          .stream().map(Tenant::getId).toList());
      tersimpan.put(kunci, salinan(hasil));
    }
    return hasil;
  }

  /** No Basic challenge: the 401 carries a JSON message instead (see {@link JawabanMasuk}). */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    JawabanMasuk.tulisJson(response, HttpServletResponse.SC_UNAUTHORIZED, JawabanMasuk.BELUM_MASUK);
  }

  private static AuthenticationResult salinan(AuthenticationResult asli) {
    AuthenticationResult baru = AuthenticationResult.successful(asli.getAuthenticatedUser());
    baru.setGroups(List.copyOf(asli.getGroups()));
    baru.setTenants(List.copyOf(asli.getTenants()));
    return baru;
  }

  private static String sha256(String teks) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(teks.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
