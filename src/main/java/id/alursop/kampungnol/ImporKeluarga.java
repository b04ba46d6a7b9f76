package id.alursop.kampungnol;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes target households into a programme from CSV, row by row, inserting in batches so that
 * 100,000 rows need little memory. Valid rows are kept, refused rows are reported.
 */
@Service
public class ImporKeluarga {

  private static final int BATCH = 1000;
  private static final String INSERT = "insert into kn_keluarga (program_id, nomor_kk, nik_kepala_keluarga, "
      + "nama_kepala_keluarga, alamat, rt, rw, status) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final KeluargaRepository keluarga;

  public ImporKeluarga(JdbcTemplate jdbc, KeluargaRepository keluarga) {
    this.jdbc = jdbc;
    this.keluarga = keluarga;
  }

  @Transactional
  public HasilImpor impor(Long programId, Reader csv) {
    List<Object[]> batch = new ArrayList<>(BATCH);
    List<HasilImpor.BarisDitolak> contoh = new ArrayList<>();
    long[] hitung = new long[2];
    KeluargaCsv.baca(csv, new HashSet<>(keluarga.nomorKkByProgram(programId)),
        new HashSet<>(keluarga.nikByProgram(programId)), new KeluargaCsv.Penerima() {
          @Override
          public void diterima(long baris, BarisKeluarga k) {
            batch.add(new Object[] {programId, k.nomorKk(), k.nik(), k.nama(), k.alamat(), k.rt(), k.rw(),
                StatusKeluarga.BELUM_DIVERIFIKASI.name()});
            hitung[0]++;
            if (batch.size() == BATCH) {
              simpan(batch);
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
    simpan(batch);
    return new HasilImpor(hitung[0], hitung[1], List.copyOf(contoh));
  }

  private void simpan(List<Object[]> batch) {
    if (!batch.isEmpty()) {
      jdbc.batchUpdate(INSERT, batch);
      batch.clear();
    }
  }
}
