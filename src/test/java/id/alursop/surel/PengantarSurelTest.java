package id.alursop.surel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.alursop.AlurSopTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a mail exists exactly when the transaction that wrote it commits, is sent once over
 * SMTP to the addresses of its user and groups, is tried again while SMTP fails (the wait
 * doubling) and given up after the last attempt; two nodes sending the same outbox send each
 * mail once, on H2 and on PostgreSQL (the statement that takes mails is the one both run).
 */
@AlurSopTest
class PengantarSurelTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final SurelProperties SETELAN = new SurelProperties(Duration.ofHours(1), 10, 3, Duration.ofMinutes(1),
      Duration.ofMinutes(5), Duration.ofDays(30));
  private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

  private static EmbeddedPostgres postgres;
  private static JdbcTemplate jdbcPostgres;

  @Autowired
  JdbcTemplate jdbcH2;
  @Autowired
  IdentityService identity;
  @Autowired
  PlatformTransactionManager transaksi;

  @BeforeAll
  static void mulaiPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    jdbcPostgres = new JdbcTemplate(postgres.getPostgresDatabase());
    try (var c = postgres.getPostgresDatabase().getConnection()) {
      ScriptUtils.executeSqlScript(c, new ClassPathResource("db/migration/V15__surel_keluar.sql"));
    }
  }

  @AfterAll
  static void hentikanPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void kosongkan() {
    jdbcH2.update("delete from surel_keluar");
    jdbcPostgres.update("delete from surel_keluar");
  }

  static Stream<String> basisData() {
    return Stream.of("h2", "postgres");
  }

  @Test
  void mailOfACommittedTransactionIsSentOnce_mailOfARolledBackOneNever() throws Exception {
    PengantarSurel pengantar = pengantar(jdbcH2, smtp.getSmtp().getPort());
    PengirimSurel pengirim = new PengirimSurel(penyedia(JavaMailSender.class, pengirimSmtp(smtp.getSmtp().getPort())),
        penyedia(JdbcTemplate.class, jdbcH2), pengantar);
    String kelompok = identity.createGroupQuery().groupMember("bapperida.bogor").list().get(0).getId();
    TransactionTemplate tx = new TransactionTemplate(transaksi);
    tx.executeWithoutResult(s -> pengirim.kirim(null, List.of(kelompok, " ", kelompok), "Disimpan", "Isi surat", "uji 1"));
    tx.executeWithoutResult(s -> {
      pengirim.kirim("bapperida.bogor", List.of(), "Dibatalkan", "Isi", "uji 2");
      s.setRollbackOnly();
    });
    assertThat(smtp.getReceivedMessages()).as("nothing is sent by the transaction itself").isEmpty();
    assertThat(jdbcH2.queryForObject("select count(*) from surel_keluar", Long.class)).isEqualTo(1);

    assertThat(pengantar.kirimSatuKiriman(T0)).isEqualTo(1);
    assertThat(pengantar.kirimSatuKiriman(T0)).as("nothing left").isZero();

    Set<String> alamat = new HashSet<>();
    for (User u : identity.createUserQuery().memberOfGroup(kelompok).list()) {
      if (u.getEmail() != null) {
        alamat.add(u.getEmail());
      }
    }
    assertThat(alamat).contains("bapperida.bogor@demo.alursop.id");
    MimeMessage[] surat = smtp.getReceivedMessages();
    assertThat(surat).hasSize(alamat.size()); // GreenMail keeps one copy per recipient
    assertThat(surat[0].getSubject()).isEqualTo("Disimpan");
    assertThat(GreenMailUtil.getBody(surat[0])).isEqualTo("Isi surat");
    assertThat(surat[0].getAllRecipients()).extracting(Object::toString).containsExactlyInAnyOrderElementsOf(alamat);
    Map<String, Object> baris = jdbcH2.queryForMap("select kelompok, jumlah_penerima, percobaan, token, dikirim_pada"
        + " from surel_keluar");
    assertThat(baris.get("kelompok")).as("each group once").isEqualTo(kelompok);
    assertThat(baris.get("jumlah_penerima")).isEqualTo(alamat.size());
    assertThat(baris.get("percobaan")).isEqualTo(0);
    assertThat(baris.get("token")).isNull();
    assertThat(baris.get("dikirim_pada")).isNotNull();
  }

  @Test
  void withoutSmtpNothingIsWritten() {
    PengirimSurel pengirim = new PengirimSurel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        penyedia(JdbcTemplate.class, jdbcH2), pengantar(jdbcH2, smtp.getSmtp().getPort()));
    assertThat(pengirim.aktif()).isFalse();
    pengirim.kirim("bapperida.bogor", List.of("x"), "S", "I", "uji");
    assertThat(jdbcH2.queryForObject("select count(*) from surel_keluar", Long.class)).isZero();
  }

  @ParameterizedTest
  @MethodSource("basisData")
  void failingSmtpIsTriedAgainLater_thenTheMailIsSentOnce(String db) throws Exception {
    JdbcTemplate jdbc = jdbc(db);
    tulis(jdbc, "bapperida.bogor", null, "Pengingat");
    PengantarSurel mati = pengantar(jdbc, portTertutup());
    assertThat(mati.kirimSatuKiriman(T0)).isEqualTo(1);
    Map<String, Object> baris = jdbc.queryForMap("select percobaan, berikutnya, gagal, galat_terakhir, token,"
        + " dikirim_pada from surel_keluar");
    assertThat(baris.get("percobaan")).isEqualTo(1);
    assertThat(baris.get("gagal")).isEqualTo(false);
    assertThat(baris.get("dikirim_pada")).isNull();
    assertThat(baris.get("token")).as("released").isNull();
    assertThat((String) baris.get("galat_terakhir")).contains("connect");

    PengantarSurel hidup = pengantar(jdbc, smtp.getSmtp().getPort());
    assertThat(hidup.kirimSatuKiriman(T0.plusSeconds(59))).as("not before its next attempt, a minute on").isZero();
    assertThat(hidup.kirimSatuKiriman(T0.plusSeconds(61))).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
        .containsExactly("bapperida.bogor@demo.alursop.id");
    assertThat(hidup.kirimSatuKiriman(T0.plusSeconds(3600))).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("basisData")
  void aMailIsGivenUpAfterTheLastAttempt_theWaitDoubling(String db) throws Exception {
    JdbcTemplate jdbc = jdbc(db);
    tulis(jdbc, "bapperida.bogor", null, "Pengingat");
    PengantarSurel mati = pengantar(jdbc, portTertutup());
    assertThat(mati.kirimSatuKiriman(T0)).isEqualTo(1);
    assertThat(mati.kirimSatuKiriman(T0.plusSeconds(119))).as("first wait one minute").isEqualTo(1);
    assertThat(mati.kirimSatuKiriman(T0.plusSeconds(119 + 119))).as("second wait two minutes").isZero();
    assertThat(mati.kirimSatuKiriman(T0.plusSeconds(119 + 121))).isEqualTo(1);
    Map<String, Object> baris = jdbc.queryForMap("select percobaan, gagal, dikirim_pada from surel_keluar");
    assertThat(baris.get("percobaan")).isEqualTo(3);
    assertThat(baris.get("gagal")).as("three attempts were allowed").isEqualTo(true);
    PengantarSurel hidup = pengantar(jdbc, smtp.getSmtp().getPort());
    assertThat(hidup.kirimSatuKiriman(T0.plus(Duration.ofDays(2)))).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("basisData")
  void twoNodesSendEachMailOnce(String db) throws Exception {
    JdbcTemplate jdbc = jdbc(db);
    int banyak = 120;
    for (int i = 0; i < banyak; i++) {
      tulis(jdbc, "bapperida.bogor", null, "Surat " + i);
    }
    PengantarSurel a = pengantar(jdbc, smtp.getSmtp().getPort());
    PengantarSurel b = pengantar(jdbc, smtp.getSmtp().getPort());
    ExecutorService dua = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> hasil = new ArrayList<>();
      for (PengantarSurel p : List.of(a, b)) {
        Callable<Integer> kerja = () -> {
          int semua = 0;
          for (int n = p.kirimSatuKiriman(Instant.now()); n > 0; n = p.kirimSatuKiriman(Instant.now())) {
            semua += n;
          }
          return semua;
        };
        hasil.add(dua.submit(kerja));
      }
      int diambil = hasil.get(0).get() + hasil.get(1).get();
      assertThat(diambil).as("each mail taken by one node").isEqualTo(banyak);
    } finally {
      dua.shutdown();
    }
    assertThat(smtp.waitForIncomingEmail(10_000, banyak)).isTrue();
    Set<String> subjek = new HashSet<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      subjek.add(m.getSubject());
    }
    assertThat(smtp.getReceivedMessages()).hasSize(banyak);
    assertThat(subjek).hasSize(banyak);
    assertThat(jdbc.queryForObject("select count(*) from surel_keluar where dikirim_pada is null", Long.class)).isZero();
  }

  @ParameterizedTest
  @MethodSource("basisData")
  void aMailHeldByAStoppedNodeIsSentOnceItsHoldEnds(String db) throws Exception {
    JdbcTemplate jdbc = jdbc(db);
    tulis(jdbc, "bapperida.bogor", null, "Tertahan");
    jdbc.update("update surel_keluar set token = 'node-mati', diambil_sampai = ?", java.sql.Timestamp.from(T0.plusSeconds(300)));
    PengantarSurel p = pengantar(jdbc, smtp.getSmtp().getPort());
    assertThat(p.kirimSatuKiriman(T0.plusSeconds(299))).as("still held").isZero();
    assertThat(p.kirimSatuKiriman(T0.plusSeconds(301))).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("basisData")
  void aMailWithoutAnyAddressIsMarkedSentToNobody_andOldSentMailsAreRemoved(String db) throws Exception {
    JdbcTemplate jdbc = jdbc(db);
    tulis(jdbc, null, "kelompok-tanpa-anggota", "Tanpa alamat");
    PengantarSurel p = pengantar(jdbc, smtp.getSmtp().getPort());
    assertThat(p.kirimSatuKiriman(T0)).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(jdbc.queryForObject("select jumlah_penerima from surel_keluar where dikirim_pada is not null", Integer.class))
        .isZero();
    tulis(jdbc, "bapperida.bogor", null, "Belum terkirim");
    assertThat(p.bersihkan(T0.plus(Duration.ofDays(29)))).isZero();
    assertThat(p.bersihkan(T0.plus(Duration.ofDays(31)))).as("the sent one, 30 days on").isEqualTo(1);
    assertThat(jdbc.queryForList("select subjek from surel_keluar", String.class)).containsExactly("Belum terkirim");
  }

  @Test
  void sentMailsAndFailedAttemptsAreCounted_waitingAndGivenUpMailsMeasured() throws Exception {
    var meter = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    PengantarSurel hidup = pengantar(jdbcH2, smtp.getSmtp().getPort(),
        penyedia(io.micrometer.core.instrument.MeterRegistry.class, meter));
    PengantarSurel mati = pengantar(jdbcH2, portTertutup(), penyedia(io.micrometer.core.instrument.MeterRegistry.class, meter));
    tulis(jdbcH2, "bapperida.bogor", null, "Satu");
    tulis(jdbcH2, "bapperida.bogor", null, "Dua");
    assertThat(meter.get("alur.surel.menunggu").gauge().value()).isEqualTo(2.0);
    assertThat(hidup.kirimSatuKiriman(T0)).isEqualTo(2);
    assertThat(meter.get("alur.surel.terkirim").counter().count()).isEqualTo(2.0);
    assertThat(meter.get("alur.surel.menunggu").gauge().value()).isZero();

    tulis(jdbcH2, "bapperida.bogor", null, "Tiga");
    for (int i = 0; i < SETELAN.percobaanMaks(); i++) {
      assertThat(mati.kirimSatuKiriman(T0.plus(Duration.ofDays(i)))).isEqualTo(1);
    }
    assertThat(meter.get("alur.surel.gagal").counter().count()).isEqualTo(SETELAN.percobaanMaks());
    assertThat(meter.get("alur.surel.menunggu").gauge().value()).isZero();
    assertThat(meter.get("alur.surel.ditinggalkan").gauge().value()).isEqualTo(1.0);
  }

  private JdbcTemplate jdbc(String db) {
    return db.equals("h2") ? jdbcH2 : jdbcPostgres;
  }

  private static void tulis(JdbcTemplate jdbc, String pengguna, String kelompok, String subjek) {
    jdbc.update("insert into surel_keluar (pengguna, kelompok, subjek, isi, tentang, dibuat_pada) values (?, ?, ?, ?, ?, ?)",
        pengguna, kelompok, subjek, "Isi " + subjek, "uji", java.sql.Timestamp.from(T0));
  }

  private PengantarSurel pengantar(JdbcTemplate jdbc, int port) {
    return pengantar(jdbc, port, new StaticListableBeanFactory().getBeanProvider(
        io.micrometer.core.instrument.MeterRegistry.class));
  }

  private PengantarSurel pengantar(JdbcTemplate jdbc, int port,
      org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meter) {
    return new PengantarSurel(penyedia(JavaMailSender.class, pengirimSmtp(port)), penyedia(JdbcTemplate.class, jdbc),
        identity, "alur-sop@uji", SETELAN, meter);
  }

  private static JavaMailSenderImpl pengirimSmtp(int port) {
    JavaMailSenderImpl s = new JavaMailSenderImpl();
    s.setHost("127.0.0.1");
    s.setPort(port);
    return s;
  }

  private static <T> org.springframework.beans.factory.ObjectProvider<T> penyedia(Class<T> jenis, T isi) {
    return new StaticListableBeanFactory(Map.of("isi", isi)).getBeanProvider(jenis);
  }

  private static int portTertutup() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
