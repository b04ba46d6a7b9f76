package id.alursop.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * Camunda's password policy (on outside the demo profile: {@code enablePasswordPolicy}) in
 * Indonesian: which of its rules a password breaks, named with the policy's own numbers (length,
 * lower and upper case, digit, special character, not containing the user's id, names or e-mail).
 * Never quotes the password.
 */
public final class KebijakanSandi {

  /** What Camunda's own refusal says (a {@code ProcessEngineException} with no detail). */
  public static final String PESAN_CAMUNDA = "Password does not match policy";

  private static final List<String> URUTAN = List.of("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_LOWERCASE",
      "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL", "PASSWORD_POLICY_USER_DATA");

  private KebijakanSandi() {
  }

  /** The rules of {@code policy} that {@code kataSandi} breaks for {@code pengguna} (may be null). */
  public static List<PasswordPolicyRule> dilanggar(PasswordPolicy policy, String kataSandi, User pengguna) {
    String sandi = kataSandi == null ? "" : kataSandi;
    return policy.getRules().stream().filter(r -> pengguna == null ? !r.execute(sandi) : !r.execute(sandi, pengguna))
        .toList();
  }

  /** "kata sandi tidak memenuhi kebijakan: …" with the rules a result names; null when it is valid. */
  public static String pesan(PasswordPolicyResult hasil) {
    return hasil == null || hasil.isValid() ? null : pesan(hasil.getViolatedRules());
  }

  /** The Indonesian refusal for these broken rules: "Kata sandi tidak memenuhi kebijakan: minimal 10 karakter; …". */
  public static String pesan(List<PasswordPolicyRule> dilanggar) {
    return "Kata sandi tidak memenuhi kebijakan: " + aturan(dilanggar);
  }

  /** The broken rules, length first, the user's data last, joined by "; " ("minimal 10 karakter; memuat …"). */
  public static String aturan(List<PasswordPolicyRule> dilanggar) {
    return String.join("; ", dilanggar.stream().sorted(Comparator.comparingInt(KebijakanSandi::urutan))
        .map(KebijakanSandi::aturan).toList());
  }

  private static int urutan(PasswordPolicyRule rule) {
    int i = URUTAN.indexOf(rule.getPlaceholder());
    return i < 0 ? URUTAN.size() : i;
  }

  /** One rule in Indonesian, with the policy's number. */
  public static String aturan(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "minimal " + p.getOrDefault("minLength", "10") + " karakter";
      case "PASSWORD_POLICY_LOWERCASE" -> "memuat sedikitnya " + p.getOrDefault("minLowerCase", "1") + " huruf kecil";
      case "PASSWORD_POLICY_UPPERCASE" -> "memuat sedikitnya " + p.getOrDefault("minUpperCase", "1") + " huruf besar";
      case "PASSWORD_POLICY_DIGIT" -> "memuat sedikitnya " + p.getOrDefault("minDigit", "1") + " angka";
      case "PASSWORD_POLICY_SPECIAL" -> "memuat sedikitnya " + p.getOrDefault("minSpecial", "1")
          + " karakter khusus (mis. ! - _ # @)";
      case "PASSWORD_POLICY_USER_DATA" -> "tidak memuat nama pengguna, nama depan, nama belakang atau surel";
      default -> "aturan " + rule.getPlaceholder();
    };
  }

  /**
   * For an engine error of a user's creation or update: the Indonesian message when it is
   * Camunda's password refusal (whose rules it does not say: then every rule of the policy is
   * listed), else null. {@link PenjagaKataSandi} refuses before Camunda does, naming the rules
   * broken, so this is the fallback for a refusal that did not pass there.
   */
  public static String pesanPenolakan(Throwable error, PasswordPolicy policy) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KataSandiDitolak ditolak) {
        return ditolak.getMessage();
      }
      if (PESAN_CAMUNDA.equals(t.getMessage())) {
        return policy == null ? "Kata sandi tidak memenuhi kebijakan kata sandi"
            : "Kata sandi tidak memenuhi kebijakan: " + aturan(policy.getRules());
      }
    }
    return null;
  }
}
