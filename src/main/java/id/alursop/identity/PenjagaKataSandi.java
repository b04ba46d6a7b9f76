package id.alursop.identity;

import id.alursop.engine.ArgumenPerintah;
import id.alursop.engine.InterseptorPerintah;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A user saved with a new password that breaks the password policy (wherever it comes from: Admin,
 * the webapps' engine API, {@code /engine-rest/user/create}, Java) is refused before Camunda's own
 * check with {@link KataSandiDitolak}: a bad request naming, in Indonesian, each rule broken, where
 * Camunda's would be a server error "Password does not match policy". Nothing is saved. Without
 * the policy (the demo profile) nothing is checked.
 */
@Component
public class PenjagaKataSandi implements InterseptorPerintah {

  /** Its place among the features' interceptors: first, it only reads the command. */
  static final int URUTAN = 40;

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public CommandInterceptor buat() {
    return new Penjaga();
  }

  static final class Penjaga extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      ArgumenPerintah.kataSandiBaru(command).ifPresent(baru -> {
        ProcessEngineConfigurationImpl config = Context.getProcessEngineConfiguration();
        PasswordPolicy policy = config == null || !config.isEnablePasswordPolicy() ? null : config.getPasswordPolicy();
        if (policy != null) {
          List<PasswordPolicyRule> dilanggar = KebijakanSandi.dilanggar(policy, baru.kataSandi(), baru.pengguna());
          if (!dilanggar.isEmpty()) {
            throw new KataSandiDitolak(dilanggar);
          }
        }
      });
      return next.execute(command);
    }
  }
}
