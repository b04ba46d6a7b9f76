package id.alursop.pmd;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LaporanBerkalaRepository extends JpaRepository<LaporanBerkala, Long> {

  /** The reports sent to one of {@code kelompok}, newest first, a page at a time. */
  @Query(value = "select l.* from pmd_laporan_berkala l where l.kepada_kelompok in (:kelompok)"
      + " order by l.dilaporkan_pada desc, l.id desc offset :dari rows fetch next :jumlah rows only", nativeQuery = true)
  List<LaporanBerkala> untuk(Collection<String> kelompok, int dari, int jumlah);

  /** The same, of one programme (its process instance). */
  @Query(value = "select l.* from pmd_laporan_berkala l where l.kepada_kelompok in (:kelompok)"
      + " and l.process_instance_id = :instans"
      + " order by l.dilaporkan_pada desc, l.id desc offset :dari rows fetch next :jumlah rows only", nativeQuery = true)
  List<LaporanBerkala> untukInstans(Collection<String> kelompok, String instans, int dari, int jumlah);

  List<LaporanBerkala> findByProcessInstanceIdOrderById(String processInstanceId);
}
