package id.alursop.sla;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PeringatanSlaRepository extends JpaRepository<PeringatanSla, Long> {

  boolean existsByTaskIdAndTingkat(String taskId, TingkatEskalasi tingkat);

  List<PeringatanSla> findByTaskIdOrderById(String taskId);

  /**
   * The open alerts of a user, newest first: those sent to the user, and those sent to one of
   * {@code kelompok} (the user's groups).
   */
  default List<PeringatanSla> terbukaUntuk(String pengguna, Collection<String> kelompok, int dari, int jumlah) {
    return kelompok.isEmpty() ? terbukaUntukPengguna(pengguna, dari, jumlah)
        : terbukaUntukPenggunaAtauKelompok(pengguna, kelompok, dari, jumlah);
  }

  @Query(value = "select p.* from sla_peringatan p where p.selesai = false and p.pengguna_penerima = :pengguna"
      + " order by p.dibuat_pada desc, p.id desc offset :dari rows fetch next :jumlah rows only", nativeQuery = true)
  List<PeringatanSla> terbukaUntukPengguna(String pengguna, int dari, int jumlah);

  @Query(value = "select p.* from sla_peringatan p where p.selesai = false and (p.pengguna_penerima = :pengguna"
      + " or exists (select 1 from sla_peringatan_kelompok k where k.peringatan_id = p.id and k.kelompok in (:kelompok)))"
      + " order by p.dibuat_pada desc, p.id desc offset :dari rows fetch next :jumlah rows only", nativeQuery = true)
  List<PeringatanSla> terbukaUntukPenggunaAtauKelompok(String pengguna, Collection<String> kelompok, int dari, int jumlah);

  @Query("select count(p) from PeringatanSla p where p.processDefinitionKey = ?1 and p.taskDefinitionKey = ?2"
      + " and p.tingkat in (id.alursop.sla.TingkatEskalasi.ATASAN, id.alursop.sla.TingkatEskalasi.KEPALA)"
      + " and p.dibuatPada >= ?3 and p.dibuatPada < ?4")
  long countEskalasi(String processKey, String taskDefinitionKey, java.time.Instant dari, java.time.Instant sampai);

  @Modifying
  @Query("update PeringatanSla p set p.selesai = true where p.taskId = ?1")
  int tandaiSelesai(String taskId);
}
