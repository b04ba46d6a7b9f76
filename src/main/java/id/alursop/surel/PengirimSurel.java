package id.alursop.surel;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one way the application sends e-mail, when SMTP is configured ({@code spring.mail.host}):
 * to a user and the members of groups. The mail is put in the outbox (table {@code surel_keluar})
 * in the transaction that records what it is about, so it exists exactly when that record does
 * and costs the caller one insert; {@link PengantarSurel} sends it after the commit, on a thread
 * of its own, and tries again while SMTP fails. A reminder job no longer waits for the SMTP
 * server (bench/reading.md, section 3a).
 */
@Component
public class PengirimSurel {

  private static final String INSERT = "insert into surel_keluar (pengguna, kelompok, subjek, isi, tentang, dibuat_pada)"
      + " values (?, ?, ?, ?, ?, ?)";

  private final ObjectProvider<JavaMailSender> mail;
  private final Supplier<JdbcTemplate> jdbc;
  private final PengantarSurel pengantar;

  public PengirimSurel(ObjectProvider<JavaMailSender> mail, ObjectProvider<JdbcTemplate> jdbc, PengantarSurel pengantar) {
    this.mail = mail;
    this.jdbc = SingletonSupplier.of(jdbc::getObject);
    this.pengantar = pengantar;
  }

  /** Whether mail can be sent at all (SMTP configured). */
  public boolean aktif() {
    return mail.getIfAvailable() != null;
  }

  /**
   * Puts one mail for the user (may be null) and the groups' members in the outbox, in the current
   * transaction if there is one; nothing when SMTP is not configured or no recipient is named.
   * {@code tentang} names what the mail is about in the log, never a person.
   */
  public void kirim(String pengguna, Collection<String> kelompok, String subjek, String isi, String tentang) {
    if (!aktif()) {
      return;
    }
    Set<String> daftar = new LinkedHashSet<>();
    for (String k : kelompok) {
      if (k != null && !k.isBlank()) {
        daftar.add(k.trim());
      }
    }
    if ((pengguna == null || pengguna.isBlank()) && daftar.isEmpty()) {
      return;
    }
    jdbc.get().update(INSERT, pengguna, daftar.isEmpty() ? null : String.join(",", daftar),
        PengantarSurel.potong(subjek, 255), isi, PengantarSurel.potong(tentang, 255), PengantarSurel.waktu(Instant.now()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          pengantar.bangunkan();
        }
      });
    } else {
      pengantar.bangunkan();
    }
  }
}
