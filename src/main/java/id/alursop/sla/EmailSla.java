package id.alursop.sla;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails a reminder or escalation to its recipients (the user, or the members of the groups)
 * once the transaction that recorded it commits, when SMTP is configured. Subjects name the
 * step, never a person.
 */
@Component
public class EmailSla {

  private static final Logger LOG = LoggerFactory.getLogger(EmailSla.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final IdentityService identity;
  private final SlaProperties properties;

  public EmailSla(ObjectProvider<JavaMailSender> mail, IdentityService identity, SlaProperties properties) {
    this.mail = mail;
    this.identity = identity;
    this.properties = properties;
  }

  public void kirim(PeringatanSla peringatan) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    Set<String> alamat = new LinkedHashSet<>();
    if (peringatan.getPenggunaPenerima() != null) {
      tambahAlamat(identity.createUserQuery().userId(peringatan.getPenggunaPenerima()).singleResult(), alamat);
    }
    if (peringatan.getKelompokPenerima() != null) {
      for (String group : peringatan.getKelompokPenerima().split(",")) {
        identity.createUserQuery().memberOfGroup(group.trim()).listPage(0, 200).forEach(u -> tambahAlamat(u, alamat));
      }
    }
    if (alamat.isEmpty()) {
      return;
    }
    SimpleMailMessage pesan = new SimpleMailMessage();
    pesan.setFrom(properties.email().dari());
    pesan.setTo(alamat.toArray(String[]::new));
    pesan.setSubject("[Alur SOP] " + judul(peringatan.getTingkat()) + ": " + peringatan.getNamaTugas());
    pesan.setText("Langkah SOP \"" + peringatan.getNamaTugas() + "\" (langkah " + peringatan.getLangkah() + ", "
        + peringatan.getProcessDefinitionKey() + ") melewati batas waktunya"
        + (peringatan.getJatuhTempo() == null ? "" : " (jatuh tempo " + peringatan.getJatuhTempo() + ")") + ".\n\n"
        + "Buka Tasklist untuk menindaklanjuti: " + properties.email().tautanTasklist() + "\n");
    Runnable kirim = () -> {
      try {
        sender.send(pesan);
      } catch (MailException e) {
        LOG.warn("E-mail SLA untuk tugas {} tidak terkirim: {}", peringatan.getTaskId(), e.getMessage());
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

  private static String judul(TingkatEskalasi tingkat) {
    return switch (tingkat) {
      case PENGINGAT_BATAS_BAWAH -> "Pengingat batas bawah";
      case PENGINGAT -> "Pengingat jatuh tempo";
      case ATASAN -> "Eskalasi kepada atasan";
      case KEPALA -> "Eskalasi kepada kepala instansi";
    };
  }
}
