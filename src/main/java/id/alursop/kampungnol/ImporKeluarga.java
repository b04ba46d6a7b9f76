package id.alursop.kampungnol;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes target households into a programme from CSV, row by row, so that 1,000,000 rows need
 * little memory. Valid rows are kept, refused rows are reported; an import that fails (a file that
 * is not UTF-8, a database error) keeps nothing, as it runs in one transaction.
 *
 * <p>On PostgreSQL the checked rows stream into {@code COPY} on the transaction's own connection
 * (a batch of INSERTs costs a round trip per row there), and the file is read and checked by a
 * thread of its own while the transaction's thread writes to {@code COPY}: one {@code COPY} per
 * {@value #BARIS_PER_COPY} rows, so that PostgreSQL checks each part's foreign key (at the end of
 * its statement) while the next part is being read (bench/reading.md, section 5). Elsewhere the
 * rows are inserted in JDBC batches, on the caller's thread.
 */
@Service
public class ImporKeluarga {

  static final int BARIS_PER_COPY = 20_000;
  private static final int BATCH = 1000;
  /** Parts of about 64 KB ready for COPY that the reading thread may be ahead by (about 4 MB). */
  private static final int ANTREAN = 64;
  private static final String KOLOM = "kn_keluarga (program_id, nomor_kk, nik_kepala_keluarga, "
      + "nama_kepala_keluarga, alamat, rt, rw, status)";
  private static final String INSERT = "insert into " + KOLOM + " values (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COPY = "copy " + KOLOM + " from stdin with (format csv)";

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final KeluargaRepository keluarga;

  public ImporKeluarga(JdbcTemplate jdbc, DataSource dataSource, KeluargaRepository keluarga) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.keluarga = keluarga;
  }

  @Transactional
  public HasilImpor impor(Long programId, Reader csv) {
    // read before COPY starts: while COPY runs, its connection takes no other statement
    NomorTerpakai nomorKkAda = new NomorTerpakai();
    keluarga.nomorKkByProgram(programId).forEach(nomorKkAda::tambah);
    NomorTerpakai nikAda = new NomorTerpakai();
    keluarga.nikByProgram(programId).forEach(nikAda::tambah);
    Connection koneksi = DataSourceUtils.getConnection(dataSource);
    try {
      if (koneksi.isWrapperFor(PGConnection.class)) {
        CopyManager copy = koneksi.unwrap(PGConnection.class).getCopyAPI();
        return new SalinParalel(copy, programId).jalankan(csv, nomorKkAda, nikAda);
      }
      Catatan catatan = new Catatan();
      List<Object[]> batch = new ArrayList<>(BATCH);
      KeluargaCsv.baca(csv, nomorKkAda, nikAda, catatan.lalu((baris, k) -> {
        batch.add(new Object[] {programId, k.nomorKk(), k.nik(), k.nama(), k.alamat(), k.rt(), k.rw(),
            StatusKeluarga.BELUM_DIVERIFIKASI.name()});
        if (batch.size() == BATCH) {
          jdbc.batchUpdate(INSERT, batch);
          batch.clear();
        }
      }));
      if (!batch.isEmpty()) {
        jdbc.batchUpdate(INSERT, batch);
      }
      return catatan.hasil();
    } catch (SQLException e) {
      throw new IllegalStateException("Penyimpanan keluarga sasaran gagal", e);
    } finally {
      DataSourceUtils.releaseConnection(koneksi, dataSource);
    }
  }

  /** Counts the rows and keeps the first line numbers of each kind, for {@link HasilImpor}. */
  private static final class Catatan {
    private final List<HasilImpor.BarisDitolak> contoh = new ArrayList<>();
    private final List<Long> nomorDiterima = new ArrayList<>();
    private long diterima;
    private long ditolak;

    /** A receiver that notes each row, and hands the accepted ones to {@code simpan}. */
    KeluargaCsv.Penerima lalu(Simpan simpan) {
      return new KeluargaCsv.Penerima() {
        @Override
        public void diterima(long baris, BarisKeluarga k) {
          simpan.simpan(baris, k);
          diterima++;
          if (nomorDiterima.size() < HasilImpor.BATAS_CONTOH) {
            nomorDiterima.add(baris);
          }
        }

        @Override
        public void ditolak(long baris, String alasan) {
          ditolak++;
          if (contoh.size() < HasilImpor.BATAS_CONTOH) {
            contoh.add(new HasilImpor.BarisDitolak(baris, alasan));
          }
        }
      };
    }

    HasilImpor hasil() {
      return new HasilImpor(diterima, ditolak, List.copyOf(contoh), List.copyOf(nomorDiterima));
    }
  }

  @FunctionalInterface
  private interface Simpan {
    void simpan(long baris, BarisKeluarga keluarga);
  }

  /**
   * PostgreSQL: a thread of its own reads and checks the file and encodes the accepted rows as COPY
   * CSV; the transaction's thread (the only one that touches the connection) writes them into COPY.
   * Whatever fails on either side fails the import on the transaction's thread, with the same
   * exception as when one thread did it all (a file that is not UTF-8 stays a 415).
   */
  private static final class SalinParalel {
    private static final Potongan SELESAI = new Potongan(new byte[0], 0, 0, null);

    private final CopyManager copy;
    private final Long programId;
    private final BlockingQueue<Potongan> antrean = new ArrayBlockingQueue<>(ANTREAN);

    SalinParalel(CopyManager copy, Long programId) {
      this.copy = copy;
      this.programId = programId;
    }

    HasilImpor jalankan(Reader csv, NomorTerpakai nomorKkAda, NomorTerpakai nikAda) throws SQLException {
      Catatan catatan = new Catatan();
      Thread pembaca = new Thread(() -> baca(csv, nomorKkAda, nikAda, catatan), "impor-keluarga");
      pembaca.setDaemon(true);
      pembaca.start();
      CopyIn aktif = null;
      try {
        int baris = 0;
        for (Potongan p = ambil(); p != SELESAI; p = ambil()) {
          if (p.galat() instanceof RuntimeException e) {
            throw e;
          }
          if (p.galat() instanceof Error e) {
            throw e;
          }
          if (aktif == null) {
            aktif = copy.copyIn(COPY);
          }
          aktif.writeToCopy(p.isi(), 0, p.panjang());
          baris += p.baris();
          if (baris >= BARIS_PER_COPY) {
            aktif.endCopy(); // PostgreSQL now checks this part's foreign keys; the reader goes on
            aktif = null;
            baris = 0;
          }
        }
        if (aktif != null) {
          aktif.endCopy();
          aktif = null;
        }
        selesaikan(pembaca);
        return catatan.hasil();
      } finally {
        if (aktif != null && aktif.isActive()) {
          try {
            aktif.cancelCopy();
          } catch (SQLException e) {
            // the transaction is rolled back anyway
          }
        }
        if (pembaca.isAlive()) {
          pembaca.interrupt(); // it stops at its next part: nothing reads the file after we return
          selesaikan(pembaca);
        }
      }
    }

    private void baca(Reader csv, NomorTerpakai nomorKkAda, NomorTerpakai nikAda, Catatan catatan) {
      try {
        BarisCopy tulis = new BarisCopy(programId, this::taruh);
        KeluargaCsv.baca(csv, nomorKkAda, nikAda, catatan.lalu((baris, k) -> tulis.tulis(k)));
        tulis.kirim();
        taruh(SELESAI);
      } catch (Berhenti e) {
        // the transaction's thread gave up: it reports its own failure
      } catch (RuntimeException | Error e) {
        try {
          taruh(new Potongan(null, 0, 0, e));
        } catch (Berhenti berhenti) {
          // as above
        }
      }
    }

    private void taruh(Potongan potongan) {
      try {
        antrean.put(potongan);
      } catch (InterruptedException e) {
        throw new Berhenti();
      }
    }

    private Potongan ambil() {
      try {
        return antrean.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Impor keluarga sasaran dihentikan", e);
      }
    }

    private static void selesaikan(Thread pembaca) {
      boolean disela = false;
      while (true) {
        try {
          pembaca.join();
          break;
        } catch (InterruptedException e) {
          disela = true;
          pembaca.interrupt();
        }
      }
      if (disela) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Rows ready for COPY ({@code isi[0..panjang)}), or what stopped the reading thread. */
  private record Potongan(byte[] isi, int panjang, int baris, Throwable galat) {
  }

  /** The reading thread stops: the transaction's thread no longer takes its parts. */
  private static final class Berhenti extends RuntimeException {
    Berhenti() {
      super(null, null, false, false);
    }
  }

  /**
   * Accepted rows as COPY CSV in UTF-8, in parts of about 64 KB: every text field quoted, quotes
   * doubled (a quote byte never occurs inside a multi-byte UTF-8 character).
   */
  static final class BarisCopy {
    private static final int UKURAN = 1 << 16;
    private static final byte[] STATUS = (",\"" + StatusKeluarga.BELUM_DIVERIFIKASI.name() + "\"\n")
        .getBytes(StandardCharsets.US_ASCII);

    private final byte[] awal;
    private final Consumer<Potongan> kirim;
    private byte[] isi = new byte[UKURAN + 1024];
    private int panjang;
    private int baris;

    private BarisCopy(Long programId, Consumer<Potongan> kirim) {
      this.awal = (programId + ",").getBytes(StandardCharsets.US_ASCII);
      this.kirim = kirim;
    }

    void tulis(BarisKeluarga k) {
      tambah(awal);
      teks(k.nomorKk());
      pisah();
      teks(k.nik());
      pisah();
      teks(k.nama());
      pisah();
      teks(k.alamat());
      pisah();
      teks(k.rt());
      pisah();
      teks(k.rw());
      tambah(STATUS);
      baris++;
      if (panjang >= UKURAN) {
        kirim();
      }
    }

    void kirim() {
      if (baris > 0) {
        kirim.accept(new Potongan(isi, panjang, baris, null));
        isi = new byte[UKURAN + 1024];
        panjang = 0;
        baris = 0;
      }
    }

    private void pisah() {
      muat(1);
      isi[panjang++] = ',';
    }

    private void teks(String nilai) {
      muat(nilai.length() * 2 + 2); // an ASCII character takes at most 2 bytes here (a doubled quote)
      int mulai = panjang;
      isi[panjang++] = '"';
      for (int i = 0; i < nilai.length(); i++) {
        char c = nilai.charAt(i);
        if (c >= 0x80) {
          panjang = mulai;
          teksUtf8(nilai);
          return;
        }
        if (c == '"') {
          isi[panjang++] = '"';
        }
        isi[panjang++] = (byte) c;
      }
      isi[panjang++] = '"';
    }

    private void teksUtf8(String nilai) {
      byte[] utf8 = nilai.getBytes(StandardCharsets.UTF_8);
      muat(utf8.length * 2 + 2);
      isi[panjang++] = '"';
      for (byte b : utf8) {
        if (b == '"') {
          isi[panjang++] = '"';
        }
        isi[panjang++] = b;
      }
      isi[panjang++] = '"';
    }

    private void tambah(byte[] bytes) {
      muat(bytes.length);
      System.arraycopy(bytes, 0, isi, panjang, bytes.length);
      panjang += bytes.length;
    }

    private void muat(int lagi) {
      if (panjang + lagi > isi.length) {
        isi = Arrays.copyOf(isi, Math.max(isi.length * 2, panjang + lagi));
      }
    }
  }
}
