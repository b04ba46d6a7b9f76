package id.alursop.surel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sends the outbox ({@code surel_keluar}, filled by {@link PengirimSurel}) on a thread of its own,
 * on every node: woken when a transaction that put mail in it commits, and every
 * {@code alur.surel.jeda} besides (mail of another node, mail due again). Each round takes up to
 * {@code alur.surel.per-kiriman} mails with a token of its own (an update that only takes mails
 * nobody holds, so two nodes never send the same one), reads the recipients' addresses (Camunda's
 * user table) and sends them over one SMTP connection. A mail that fails is tried again later, the
 * wait doubling, and given up after {@code alur.surel.percobaan-maks} attempts; a node that stops
 * while holding mails leaves them to the others once its hold ({@code alur.surel.sewa}) ends.
 * Logs name what a mail is about, never its recipients.
 */
@Component
public class PengantarSurel implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PengantarSurel.class);
  private static final int BATAS_ANGGOTA = 200;
  private static final String MENUNGGU = "dikirim_pada is null and gagal = false and (berikutnya is null or berikutnya <= ?)"
      + " and (diambil_sampai is null or diambil_sampai < ?)";

  private final ObjectProvider<JavaMailSender> mail;
  private final Supplier<JdbcTemplate> jdbc;
  private final IdentityService identity;
  private final String dari;
  private final SurelProperties properties;
  private final Object kunci = new Object();
  private boolean dibangunkan;
  private volatile boolean berjalan;
  private Thread pekerja;
  private Instant bersihBerikutnya = Instant.MIN;
  private Counter terkirim;
  private Counter gagalKirim;

  @Autowired
  public PengantarSurel(ObjectProvider<JavaMailSender> mail, ObjectProvider<JdbcTemplate> jdbc, IdentityService identity,
      @Value("${alur.sla.email.dari:alur-sop@localhost}") String dari, SurelProperties properties,
      ObjectProvider<MeterRegistry> meters) {
    this.mail = mail;
    this.jdbc = SingletonSupplier.of(jdbc::getObject);
    this.identity = identity;
    this.dari = dari;
    this.properties = properties;
    MeterRegistry registry = meters.getIfAvailable();
    if (registry != null && mail.getIfAvailable() != null) {
      terkirim = Counter.builder("alur.surel.terkirim").description("E-mails sent from the outbox").register(registry);
      gagalKirim = Counter.builder("alur.surel.gagal").description("Failed attempts to send an e-mail of the outbox")
          .register(registry);
      Gauge.builder("alur.surel.menunggu", this, p -> p.hitung("dikirim_pada is null and gagal = false"))
          .description("E-mails in the outbox still to send").register(registry);
      Gauge.builder("alur.surel.ditinggalkan", this, p -> p.hitung("gagal = true"))
          .description("E-mails given up after their last attempt").register(registry);
    }
  }

  private double hitung(String syarat) {
    try {
      return jdbc.get().queryForObject("select count(*) from surel_keluar where " + syarat, Long.class);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Wakes the sending thread (after a commit that put mail in the outbox). */
  public void bangunkan() {
    synchronized (kunci) {
      dibangunkan = true;
      kunci.notifyAll();
    }
  }

  /**
   * One round at {@code sekarang}: takes the mails due that nobody holds (at most one SMTP
   * connection's worth), sends them and records what became of each; the number taken.
   */
  int kirimSatuKiriman(Instant sekarang) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    JdbcTemplate j = jdbc.get();
    String token = UUID.randomUUID().toString();
    int diambil = j.update("update surel_keluar set token = ?, diambil_sampai = ? where id in (select id from surel_keluar"
        + " where " + MENUNGGU + " order by id fetch first " + properties.perKiriman() + " rows only) and " + MENUNGGU,
        token, waktu(sekarang.plus(properties.sewa())), waktu(sekarang), waktu(sekarang), waktu(sekarang), waktu(sekarang));
    if (diambil == 0) {
      return 0;
    }
    List<Surat> surat = j.query("select id, pengguna, kelompok, subjek, isi, tentang, percobaan from surel_keluar"
        + " where token = ? order by id", (r, i) -> new Surat(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), r.getInt(7)), token);
    Map<String, List<String>> anggota = new HashMap<>();
    Map<SimpleMailMessage, Surat> pesan = new IdentityHashMap<>();
    List<Object[]> tanpaAlamat = new ArrayList<>();
    for (Surat s : surat) {
      Set<String> alamat = alamat(s, anggota);
      if (alamat.isEmpty()) {
        tanpaAlamat.add(new Object[] {waktu(sekarang), 0, s.id()});
        continue;
      }
      SimpleMailMessage m = new SimpleMailMessage();
      m.setFrom(dari);
      m.setTo(alamat.toArray(String[]::new));
      m.setSubject(s.subjek());
      m.setText(s.isi());
      pesan.put(m, s);
    }
    Map<Object, Exception> gagal = new IdentityHashMap<>();
    if (!pesan.isEmpty()) {
      try {
        sender.send(pesan.keySet().toArray(SimpleMailMessage[]::new));
      } catch (MailSendException e) {
        gagal.putAll(e.getFailedMessages());
        if (gagal.isEmpty()) {
          pesan.keySet().forEach(m -> gagal.put(m, e));
        }
      } catch (MailException e) {
        pesan.keySet().forEach(m -> gagal.put(m, e));
      }
    }
    List<Object[]> dikirim = new ArrayList<>(tanpaAlamat);
    List<Object[]> ulang = new ArrayList<>();
    for (Map.Entry<SimpleMailMessage, Surat> e : pesan.entrySet()) {
      Surat s = e.getValue();
      Exception galat = gagal.get(e.getKey());
      if (galat == null) {
        dikirim.add(new Object[] {waktu(sekarang), e.getKey().getTo().length, s.id()});
        continue;
      }
      int ke = s.percobaan() + 1;
      boolean menyerah = ke >= properties.percobaanMaks();
      LOG.warn("E-mail {} tidak terkirim (percobaan {} dari {}{}): {}", s.tentang(), ke, properties.percobaanMaks(),
          menyerah ? ", tidak dicoba lagi" : "", galat.getClass().getSimpleName());
      ulang.add(new Object[] {ke, waktu(sekarang.plus(properties.jedaSetelah(ke))), menyerah,
          potong(galat.getClass().getSimpleName() + ": " + galat.getMessage(), 1000), s.id()});
    }
    j.batchUpdate("update surel_keluar set dikirim_pada = ?, jumlah_penerima = ?, token = null, diambil_sampai = null"
        + " where id = ?", dikirim);
    j.batchUpdate("update surel_keluar set percobaan = ?, berikutnya = ?, gagal = ?, galat_terakhir = ?, token = null,"
        + " diambil_sampai = null where id = ?", ulang);
    if (terkirim != null) {
      terkirim.increment(dikirim.size() - tanpaAlamat.size());
      gagalKirim.increment(ulang.size());
    }
    return diambil;
  }

  /** Removes the mails sent longer than {@code alur.surel.simpan} ago; the number removed. */
  int bersihkan(Instant sekarang) {
    return jdbc.get().update("delete from surel_keluar where dikirim_pada < ?", waktu(sekarang.minus(properties.simpan())));
  }

  private Set<String> alamat(Surat s, Map<String, List<String>> anggota) {
    Set<String> alamat = new LinkedHashSet<>();
    if (s.pengguna() != null) {
      tambah(identity.createUserQuery().userId(s.pengguna()).singleResult(), alamat);
    }
    if (s.kelompok() != null) {
      for (String k : s.kelompok().split(",")) {
        alamat.addAll(anggota.computeIfAbsent(k, g -> {
          Set<String> a = new LinkedHashSet<>();
          identity.createUserQuery().memberOfGroup(g).listPage(0, BATAS_ANGGOTA).forEach(u -> tambah(u, a));
          return List.copyOf(a);
        }));
      }
    }
    return alamat;
  }

  private static void tambah(User user, Set<String> alamat) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      alamat.add(user.getEmail());
    }
  }

  private void jalan() {
    while (berjalan) {
      int diambil = 0;
      try {
        Instant sekarang = Instant.now();
        diambil = kirimSatuKiriman(sekarang);
        if (diambil == 0 && sekarang.isAfter(bersihBerikutnya)) {
          bersihkan(sekarang);
          bersihBerikutnya = sekarang.plusSeconds(3600);
        }
      } catch (RuntimeException e) {
        // the database unreachable, for instance: the mails stay in the outbox for the next round
        LOG.warn("Kotak keluar surel tidak dapat diproses: {}", e.getClass().getSimpleName());
      }
      if (diambil == 0) {
        tunggu();
      }
    }
  }

  private void tunggu() {
    synchronized (kunci) {
      try {
        if (!dibangunkan && berjalan) {
          kunci.wait(Math.max(1, properties.jeda().toMillis()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        berjalan = false;
      }
      dibangunkan = false;
    }
  }

  @Override
  public synchronized void start() {
    if (berjalan || mail.getIfAvailable() == null) {
      return;
    }
    berjalan = true;
    pekerja = new Thread(this::jalan, "alur-surel");
    pekerja.setDaemon(true);
    pekerja.start();
  }

  @Override
  public synchronized void stop() {
    berjalan = false;
    bangunkan();
    if (pekerja != null) {
      try {
        pekerja.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      pekerja = null;
    }
  }

  @Override
  public boolean isRunning() {
    return berjalan;
  }

  /** A moment as the outbox's columns take it (timestamp with time zone, UTC). */
  static SqlParameterValue waktu(Instant saat) {
    return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(saat, ZoneOffset.UTC));
  }

  /** The text cut to the column's length. */
  static String potong(String teks, int panjang) {
    return teks.length() <= panjang ? teks : teks.substring(0, panjang);
  }

  private record Surat(long id, String pengguna, String kelompok, String subjek, String isi, String tentang,
      int percobaan) {
  }
}
