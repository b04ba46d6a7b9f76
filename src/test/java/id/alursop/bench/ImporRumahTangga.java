package id.alursop.bench;

import id.alursop.kampungnol.HasilImpor;
import id.alursop.kampungnol.ImporKeluarga;
import id.alursop.kampungnol.KeluargaCsv;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Metric 5: the household CSV import of Kampung Nol (row checks, duplicates within the programme,
 * batched inserts) on synthetic rows, against the database's own bulk load of the same file into
 * a table of the same columns: PostgreSQL's {@code COPY}, H2's {@code CSVREAD}. On PostgreSQL
 * also the same {@code COPY} into a table like {@code kn_keluarga} (its keys, indexes and foreign
 * key): what storing the rows costs the server before any check of ours.
 */
final class ImporRumahTangga {

  private final AplikasiBench app;
  private final BasisData db;
  private final Hasil hasil;
  private final int baris;

  ImporRumahTangga(AplikasiBench app, BasisData db, Hasil hasil, boolean cepat) {
    this.app = app;
    this.db = db;
    this.hasil = hasil;
    this.baris = cepat ? 10_000 : 1_000_000;
  }

  void ukur() throws Exception {
    Path berkas = Files.createTempFile("keluarga", ".csv");
    try {
      tulis(berkas);
      app.jdbc.update("insert into kn_program (process_instance_id, kelurahan, rw, periode_mulai, status, dibuat_pada)"
          + " values (?, 'Kelurahan Bench', '001', current_date, 'AKTIF', current_timestamp)", "bench-impor-" + db.nama);
      long program = app.jdbc.queryForObject("select id from kn_program where process_instance_id = ?", Long.class,
          "bench-impor-" + db.nama);
      Hasil.kemajuan(db.nama + ": importing " + baris + " households through Alur SOP");
      long t0 = System.nanoTime();
      HasilImpor impor;
      try (Reader reader = Files.newBufferedReader(berkas, StandardCharsets.UTF_8)) {
        impor = app.konteks.getBean(ImporKeluarga.class).impor(program, reader);
      }
      double alur = baris / ((System.nanoTime() - t0) / 1e9);
      if (impor.diterima() != baris) {
        throw new IllegalStateException("import accepted " + impor.diterima() + " of " + baris + " rows");
      }
      app.jdbc.execute("create table bench_keluarga_salin (nomor_kk varchar(16) not null unique,"
          + " nik_kepala_keluarga varchar(16) not null, nama_kepala_keluarga varchar(100) not null,"
          + " alamat varchar(255) not null, rt varchar(3) not null, rw varchar(3) not null)");
      Hasil.kemajuan(db.nama + ": the same file by the database's bulk load");
      t0 = System.nanoTime();
      long dimuat = db.postgres() ? copy(berkas, "bench_keluarga_salin") : app.jdbc.update("insert into bench_keluarga_salin select * from"
          + " csvread('" + berkas.toAbsolutePath() + "', null, 'charset=UTF-8 fieldSeparator=;')");
      double massal = baris / ((System.nanoTime() - t0) / 1e9);
      if (dimuat != baris) {
        throw new IllegalStateException("bulk load took " + dimuat + " of " + baris + " rows");
      }
      hasil.cetak(db.nama, "household_import_rows", baris, "", "synthetic, 16-digit KK and NIK");
      hasil.cetak(db.nama, "household_import_alur", alur, "rows/s", "checked, deduplicated; h2: batched INSERTs, postgres: COPY in parts while the file is read");
      hasil.cetak(db.nama, "household_import_bulk_load", massal, "rows/s",
          "h2: INSERT ... SELECT FROM CSVREAD; postgres: COPY ... FROM STDIN");
      hasil.cetak(db.nama, "household_import_ratio_alur_to_bulk", alur / massal, "");
      if (db.postgres()) {
        // what PostgreSQL itself needs to store the rows in kn_keluarga: the same file into a table
        // of its keys, indexes and foreign key, with COPY, no checks of ours
        app.jdbc.execute("create table bench_keluarga_penuh (like kn_keluarga including all)");
        app.jdbc.execute("alter table bench_keluarga_penuh add foreign key (program_id) references kn_program (id)");
        app.jdbc.execute("alter table bench_keluarga_penuh alter column program_id set default " + program);
        app.jdbc.execute("alter table bench_keluarga_penuh alter column status set default 'BELUM_DIVERIFIKASI'");
        Hasil.kemajuan(db.nama + ": the same file by COPY into a table like kn_keluarga");
        t0 = System.nanoTime();
        dimuat = copy(berkas, "bench_keluarga_penuh (nomor_kk, nik_kepala_keluarga, nama_kepala_keluarga, alamat, rt, rw)");
        double penuh = baris / ((System.nanoTime() - t0) / 1e9);
        if (dimuat != baris) {
          throw new IllegalStateException("bulk load into the full table took " + dimuat + " of " + baris + " rows");
        }
        hasil.cetak(db.nama, "household_import_bulk_load_same_table", penuh, "rows/s",
            "COPY into a table like kn_keluarga: identity key, unique KK per programme, index, foreign key");
        hasil.cetak(db.nama, "household_import_ratio_alur_to_same_table", alur / penuh, "");
      }
    } finally {
      Files.deleteIfExists(berkas);
    }
  }

  private long copy(Path berkas, String tabel) throws Exception {
    DataSource ds = app.konteks.getBean(DataSource.class);
    try (Connection c = ds.getConnection(); Reader reader = Files.newBufferedReader(berkas, StandardCharsets.UTF_8)) {
      return c.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy " + tabel + " from stdin with (format csv, delimiter ';', header true)", reader);
    }
  }

  private void tulis(Path berkas) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(berkas, StandardCharsets.UTF_8)) {
      w.write(KeluargaCsv.HEADER);
      w.newLine();
      for (int i = 0; i < baris; i++) {
        w.write(String.format("3271%012d;3271%012d;Kepala Keluarga %d;Jl. Contoh No. %d;%03d;%03d", i, 500_000_000L + i,
            i, i, i % 20 + 1, i % 10 + 1));
        w.newLine();
      }
    }
  }
}
