package id.alursop.surel;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way the application sends e-mail, when SMTP is configured ({@code spring.mail.host}):
 * to a user and the members of groups (their addresses in Camunda's user table), once the
 * transaction that recorded what the mail is about commits; sender {@code alur.sla.email.dari}.
 * A mail that cannot be sent is logged without its recipients and changes nothing else.
 */
@Component
public class PengirimSurel {

  private static final Logger LOG = LoggerFactory.getLogger(PengirimSurel.class);
  private static final int BATAS_ANGGOTA = 200;

  private final ObjectProvider<JavaMailSender> mail;
  private final IdentityService identity;
  private final String dari;

  public PengirimSurel(ObjectProvider<JavaMailSender> mail, IdentityService identity,
      @Value("${alur.sla.email.dari:alur-sop@localhost}") String dari) {
    this.mail = mail;
    this.identity = identity;
    this.dari = dari;
  }

  /** Whether mail can be sent at all (SMTP configured). */
  public boolean aktif() {
    return mail.getIfAvailable() != null;
  }

  /**
   * Sends one mail to the user (may be null) and the groups' members that have an address;
   * nothing when SMTP is not configured or nobody has an address. {@code tentang} names what the
   * mail is about in the log, never a person.
   */
  public void kirim(String pengguna, Collection<String> kelompok, String subjek, String isi, String tentang) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    Set<String> alamat = new LinkedHashSet<>();
    if (pengguna != null) {
      tambahAlamat(identity.createUserQuery().userId(pengguna).singleResult(), alamat);
    }
    for (String group : kelompok) {
      if (group != null && !group.isBlank()) {
        identity.createUserQuery().memberOfGroup(group.trim()).listPage(0, BATAS_ANGGOTA)
            .forEach(u -> tambahAlamat(u, alamat));
      }
    }
    if (alamat.isEmpty()) {
      return;
    }
    SimpleMailMessage pesan = new SimpleMailMessage();
    pesan.setFrom(dari);
    pesan.setTo(alamat.toArray(String[]::new));
    pesan.setSubject(subjek);
    pesan.setText(isi);
    Runnable kirim = () -> {
      try {
        sender.send(pesan);
      } catch (MailException e) {
        LOG.warn("E-mail {} tidak terkirim: {}", tentang, e.getMessage());
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          kirim.run();
        }
      });
    } else {
      kirim.run();
    }
  }

  private static void tambahAlamat(User user, Set<String> alamat) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      alamat.add(user.getEmail());
    }
  }
}
