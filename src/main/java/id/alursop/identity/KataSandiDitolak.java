package id.alursop.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * A new password that breaks the policy: a bad request (REST: 400), with the rules broken in
 * Indonesian ({@link KebijakanSandi}).
 */
public class KataSandiDitolak extends id.alursop.engine.PenolakanAlur {

  private final transient List<PasswordPolicyRule> dilanggar;

  public KataSandiDitolak(List<PasswordPolicyRule> dilanggar) {
    super(KebijakanSandi.pesan(dilanggar));
    this.dilanggar = List.copyOf(dilanggar);
  }

  public List<PasswordPolicyRule> dilanggar() {
    return dilanggar;
  }
}
