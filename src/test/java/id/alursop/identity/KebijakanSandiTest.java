package id.alursop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Camunda's password policy told in Indonesian, rule by rule, never quoting the password. */
class KebijakanSandiTest {

  private final DefaultPasswordPolicyImpl policy = new DefaultPasswordPolicyImpl();

  private static UserEntity pengguna(String id) {
    UserEntity user = new UserEntity(id);
    user.setFirstName("Administrator");
    user.setLastName("Alur SOP");
    return user;
  }

  @Test
  void namesEachBrokenRule_withThePolicysNumbers() {
    var dilanggar = KebijakanSandi.dilanggar(policy, "rahasia", pengguna("lemah.admin"));
    assertThat(KebijakanSandi.pesan(dilanggar)).isEqualTo("Kata sandi tidak memenuhi kebijakan: minimal 10 karakter; "
        + "memuat sedikitnya 1 huruf besar; memuat sedikitnya 1 angka; "
        + "memuat sedikitnya 1 karakter khusus (mis. ! - _ # @)");
  }

  @Test
  void theUsersOwnNameIsARuleOfItsOwn() {
    var dilanggar = KebijakanSandi.dilanggar(policy, "Lemah.Admin-2026", pengguna("lemah.admin"));
    assertThat(KebijakanSandi.aturan(dilanggar))
        .isEqualTo("tidak memuat nama pengguna, nama depan, nama belakang atau surel")
        .doesNotContain("Lemah.Admin-2026");
    assertThat(KebijakanSandi.dilanggar(policy, "Rahasia-2026!", pengguna("lemah.admin"))).isEmpty();
  }

  @Test
  void camundasOwnRefusal_listsEveryRule() {
    String pesan = KebijakanSandi.pesanPenolakan(new ProcessEngineException(KebijakanSandi.PESAN_CAMUNDA), policy);
    assertThat(pesan).startsWith("Kata sandi tidak memenuhi kebijakan: minimal 10 karakter;")
        .contains("huruf kecil", "huruf besar", "angka", "karakter khusus", "tidak memuat nama pengguna");
    KataSandiDitolak ditolak = new KataSandiDitolak(KebijakanSandi.dilanggar(policy, "pendek", null));
    assertThat(KebijakanSandi.pesanPenolakan(new RuntimeException(ditolak), policy)).isEqualTo(ditolak.getMessage());
    assertThat(KebijakanSandi.pesanPenolakan(new ProcessEngineException("lain"), policy)).isNull();
  }

  @Test
  void aStartRefusal_isOneDescriptionAndAnAction() {
    AwalDitolak ditolak = new AwalDitolak("ALUR_ADMIN_PASSWORD", "ALUR_ADMIN_PASSWORD tidak memenuhi kebijakan kata "
        + "sandi: minimal 10 karakter.", "Pilih kata sandi lain.");
    FailureAnalysis analisis = new AnalisisAwalDitolak().analyze(
        new IllegalStateException("Failed to execute ApplicationRunner", ditolak));
    assertThat(analisis.getDescription()).isEqualTo(ditolak.getMessage()).doesNotContain("\n");
    assertThat(analisis.getAction()).isEqualTo("Pilih kata sandi lain.");
  }
}
