package id.alursop.kampungnol;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes target households into a programme from CSV, row by row, so that 1,000,000 rows need
 * little memory. Valid rows are kept, refused rows are reported. On PostgreSQL the checked rows
 * stream into {@code COPY} on the transaction's own connection (a batch of INSERTs costs a round
 * trip per row there: bench/reading.md); elsewhere they are inserted in JDBC batches.
 */
@Service
public class ImporKeluarga {

  private static final int BATCH = 1000;
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
    List<HasilImpor.BarisDitolak> contoh = new ArrayList<>();
    List<Long> nomorDiterima = new ArrayList<>();
    long[] hitung = new long[2];
    // read before COPY starts: while COPY runs, its connection takes no other statement
    HashSet<String> nomorKkAda = new HashSet<>(keluarga.nomorKkByProgram(programId));
    HashSet<String> nikAda = new HashSet<>(keluarga.nikByProgram(programId));
    Connection koneksi = DataSourceUtils.getConnection(dataSource);
    try (Penulis penulis = penulis(koneksi)) {
      KeluargaCsv.baca(csv, nomorKkAda, nikAda, new KeluargaCsv.Penerima() {
            @Override
            public void diterima(long baris, BarisKeluarga k) {
              penulis.tulis(new Object[] {programId, k.nomorKk(), k.nik(), k.nama(), k.alamat(), k.rt(), k.rw(),
                  StatusKeluarga.BELUM_DIVERIFIKASI.name()});
              hitung[0]++;
              if (nomorDiterima.size() < HasilImpor.BATAS_CONTOH) {
                nomorDiterima.add(baris);
              }
            }

            @Override
            public void ditolak(long baris, String alasan) {
              hitung[1]++;
              if (contoh.size() < HasilImpor.BATAS_CONTOH) {
                contoh.add(new HasilImpor.BarisDitolak(baris, alasan));
              }
            }
          });
      penulis.selesai();
    } finally {
      DataSourceUtils.releaseConnection(koneksi, dataSource);
    }
    return new HasilImpor(hitung[0], hitung[1], List.copyOf(contoh), List.copyOf(nomorDiterima));
  }

  private Penulis penulis(Connection koneksi) {
    try {
      if (koneksi.isWrapperFor(PGConnection.class)) {
        return new PenulisCopy(koneksi.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY ke kn_keluarga tidak dapat dimulai", e);
    }
    return new PenulisBatch();
  }

  /** Where accepted rows go: written as they come, finished once, abandoned on failure. */
  private interface Penulis extends AutoCloseable {
    void tulis(Object[] baris);

    void selesai();

    @Override
    void close();
  }

  private final class PenulisBatch implements Penulis {
    private final List<Object[]> batch = new ArrayList<>(BATCH);

    @Override
    public void tulis(Object[] baris) {
      batch.add(baris);
      if (batch.size() == BATCH) {
        selesai();
      }
    }

    @Override
    public void selesai() {
      if (!batch.isEmpty()) {
        jdbc.batchUpdate(INSERT, batch);
        batch.clear();
      }
    }

    @Override
    public void close() {
      batch.clear();
    }
  }

  /** Rows as CSV into PostgreSQL's COPY; every text field quoted, quotes doubled. */
  private static final class PenulisCopy implements Penulis {
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private int baris;

    PenulisCopy(CopyIn copy) {
      this.copy = copy;
    }

    @Override
    public void tulis(Object[] nilai) {
      for (int i = 0; i < nilai.length; i++) {
        if (i > 0) {
          buffer.append(',');
        }
        if (nilai[i] instanceof Number angka) {
          buffer.append(angka);
        } else {
          buffer.append('"').append(String.valueOf(nilai[i]).replace("\"", "\"\"")).append('"');
        }
      }
      buffer.append('\n');
      if (++baris % BATCH == 0) {
        kirim();
      }
    }

    private void kirim() {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      buffer.setLength(0);
      try {
        copy.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw new IllegalStateException("Penyimpanan keluarga sasaran gagal", e);
      }
    }

    @Override
    public void selesai() {
      kirim();
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("Penyimpanan keluarga sasaran gagal", e);
      }
    }

    @Override
    public void close() {
      if (copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException e) {
          // the transaction is rolled back anyway
        }
      }
    }
  }
}
