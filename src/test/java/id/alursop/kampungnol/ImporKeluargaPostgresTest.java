package id.alursop.kampungnol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The household import on a real PostgreSQL server, where a thread of its own reads and checks
 * the file while the transaction's thread writes the rows into one {@code COPY} per
 * {@link ImporKeluarga#BARIS_PER_COPY} rows: the same rows kept and refused as on H2, the values
 * intact, and nothing kept when the file fails late or the database refuses, after several parts
 * have already been copied.
 */
@Tag("own-application")
class ImporKeluargaPostgresTest {

  private static final int BANYAK = ImporKeluarga.BARIS_PER_COPY * 2 + 5_000;

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext app;
  private static JdbcTemplate jdbc;
  private static ImporKeluarga impor;

  @BeforeAll
  static void mulai() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    app = new SpringApplicationBuilder(AlurSopApplication.class).run("--spring.profiles.active=postgres",
        "--server.port=0", "--camunda.bpm.process-engine-name=impor-postgres",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--alur.admin.user=admin", "--alur.admin.password=Rahasia-2026!");
    jdbc = app.getBean(JdbcTemplate.class);
    impor = app.getBean(ImporKeluarga.class);
  }

  @AfterAll
  static void selesai() throws Exception {
    if (app != null) {
      app.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void manyRowsInSeveralCopies_sameRowsKeptAndRefused_valuesIntact() {
    long program = program("banyak");
    jdbc.update("insert into kn_keluarga (program_id, nomor_kk, nik_kepala_keluarga, nama_kepala_keluarga, alamat, rt,"
        + " rw, status) values (?, '3271000000000007', '3271990000000000', 'Lama', 'Jl. Lama', '1', '1', 'TERVERIFIKASI')",
        program);
    StringBuilder csv = new StringBuilder(KeluargaCsv.HEADER).append('\n');
    for (int i = 0; i < BANYAK; i++) {
      csv.append(String.format("%016d;%016d;Warga %d;Jl. Kenari %d;%d;%d%n", 3271000000000000L + i,
          3271500000000000L + i, i, i, i % 20 + 1, i % 10 + 1));
    }
    // the last rows: quotes, separators, characters beyond ASCII (after a quote), refusals, duplicates
    csv.append("3271900000000001;3271900000000002;\"Siti \"\"Ucu\"\" Aminah, S.E.\";\"Jl. Melati; Gg. 2\";2;5\n")
        .append("3271900000000003;3271900000000004;\"\"\"Jos\u00e9\"\" \u00c7elik \u2013 \u0e01\";Gang \u0e01\u0e02;3;5\n")
        .append("3271900000000005;32719000;Rahmat;Jl. A;1;5\n")
        .append("3271900000000001;3271900000000006;Ganda;Jl. B;1;5\n")
        .append("3271900000000007;3271500000000010;NIK ganda;Jl. C;1;5\n");

    HasilImpor hasil = impor.impor(program, new StringReader(csv.toString()));

    long ganda = 1; // 3271000000000007, already in the programme
    assertThat(hasil.diterima()).isEqualTo(BANYAK - ganda + 2);
    assertThat(hasil.ditolak()).isEqualTo(ganda + 3);
    long barisAkhir = BANYAK + 1; // the header is line 1
    assertThat(hasil.barisDitolak()).extracting(HasilImpor.BarisDitolak::baris)
        .containsExactly(9L, barisAkhir + 3, barisAkhir + 4, barisAkhir + 5);
    assertThat(hasil.barisDitolak()).extracting(HasilImpor.BarisDitolak::alasan).containsExactly(
        "nomor KK ganda (sudah ada di program atau di baris sebelumnya)",
        "NIK kepala keluarga harus 16 digit angka",
        "nomor KK ganda (sudah ada di program atau di baris sebelumnya)",
        "NIK kepala keluarga ganda (sudah ada di program atau di baris sebelumnya)");
    assertThat(hasil.barisDiterima()).hasSize(HasilImpor.BATAS_CONTOH).startsWith(2L, 3L, 4L);
    assertThat(jumlah(program)).isEqualTo(1 + hasil.diterima());
    assertThat(jdbc.queryForMap("select nik_kepala_keluarga, nama_kepala_keluarga, alamat, rt, rw, status"
        + " from kn_keluarga where program_id = ? and nomor_kk = ?", program, "3271000000012345"))
        .containsEntry("nik_kepala_keluarga", "3271500000012345").containsEntry("nama_kepala_keluarga", "Warga 12345")
        .containsEntry("alamat", "Jl. Kenari 12345").containsEntry("rt", "6").containsEntry("rw", "6")
        .containsEntry("status", "BELUM_DIVERIFIKASI");
    assertThat(jdbc.queryForMap("select nama_kepala_keluarga, alamat from kn_keluarga where program_id = ? and nomor_kk = ?",
        program, "3271900000000001")).containsEntry("nama_kepala_keluarga", "Siti \"Ucu\" Aminah, S.E.")
        .containsEntry("alamat", "Jl. Melati; Gg. 2");
    assertThat(jdbc.queryForMap("select nama_kepala_keluarga, alamat from kn_keluarga where program_id = ? and nomor_kk = ?",
        program, "3271900000000003")).containsEntry("nama_kepala_keluarga", "\"Jos\u00e9\" \u00c7elik \u2013 \u0e01")
        .containsEntry("alamat", "Gang \u0e01\u0e02");
    assertThat(jdbc.queryForObject("select count(*) from kn_keluarga where program_id = ? and status = 'TERVERIFIKASI'",
        Long.class, program)).as("the household already there is left as it was").isOne();
    assertThat(pembacaHidup()).isEmpty();
  }

  @Test
  void aFileThatFailsAfterSeveralCopies_keepsNothing_andFailsAsOnH2() {
    long program = program("bukan-utf8");
    ByteArrayOutputStream berkas = new ByteArrayOutputStream();
    for (int i = 0; i < BANYAK; i++) {
      berkas.writeBytes(String.format("%016d;%016d;Warga %d;Jl. Kenari %d;1;10%n", 3201000000000000L + i,
          3201990000000000L + i, i, i).getBytes(StandardCharsets.UTF_8));
    }
    berkas.writeBytes("3201000000999999;3201990000999999;Jos\u00e9;Jl. Kenari;1;10\n".getBytes(StandardCharsets.ISO_8859_1));
    Reader utf8 = new InputStreamReader(new ByteArrayInputStream(berkas.toByteArray()), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

    assertThatThrownBy(() -> impor.impor(program, utf8)).as("the upload answers 415 on this exception")
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(CharacterCodingException.class);
    assertThat(jumlah(program)).isZero();
    assertThat(pembacaHidup()).isEmpty();
  }

  @Test
  void theDatabaseRefusingAPart_keepsNothing_andStopsTheReadingThread() {
    long tidakAda = -1; // no such programme: the foreign key refuses the first part
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < BANYAK; i++) {
      csv.append(String.format("%016d;%016d;Warga %d;Jl. Kenari %d;1;10%n", 3202000000000000L + i,
          3202990000000000L + i, i, i));
    }

    assertThatThrownBy(() -> impor.impor(tidakAda, new StringReader(csv.toString())))
        .isInstanceOf(IllegalStateException.class).hasMessage("Penyimpanan keluarga sasaran gagal");
    assertThat(jumlah(tidakAda)).isZero();
    assertThat(pembacaHidup()).as("the reading thread does not outlive the import").isEmpty();
  }

  private static long program(String nama) {
    jdbc.update("insert into kn_program (process_instance_id, kelurahan, rw, periode_mulai, status, dibuat_pada)"
        + " values (?, 'Kelurahan Uji', '001', current_date, 'AKTIF', current_timestamp)", "impor-" + nama);
    return jdbc.queryForObject("select id from kn_program where process_instance_id = ?", Long.class, "impor-" + nama);
  }

  private static long jumlah(long program) {
    return jdbc.queryForObject("select count(*) from kn_keluarga where program_id = ?", Long.class, program);
  }

  private static List<Thread> pembacaHidup() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("impor-keluarga"))
        .filter(Thread::isAlive).toList();
  }
}
