package id.alursop.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Work the application does for the logged-in user without the user's own authorizations (a clerk
 * may not read authorizations or another group's task links), with the user's login set again
 * afterwards, whatever happens.
 */
public final class SebagaiAplikasi {

  private SebagaiAplikasi() {
  }

  public static <T> T jalankan(IdentityService identity, Supplier<T> kerja) {
    Authentication login = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return kerja.get();
    } finally {
      identity.setAuthentication(login);
    }
  }
}
