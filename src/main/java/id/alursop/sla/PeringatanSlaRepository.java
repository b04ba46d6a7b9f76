package id.alursop.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PeringatanSlaRepository extends JpaRepository<PeringatanSla, Long> {

  boolean existsByTaskIdAndTingkat(String taskId, TingkatEskalasi tingkat);

  List<PeringatanSla> findByTaskIdOrderById(String taskId);

  List<PeringatanSla> findTop500BySelesaiFalseOrderByDibuatPadaDesc();

  @Query("select count(p) from PeringatanSla p where p.processDefinitionKey = ?1 and p.taskDefinitionKey = ?2"
      + " and p.tingkat in (id.alursop.sla.TingkatEskalasi.ATASAN, id.alursop.sla.TingkatEskalasi.KEPALA)"
      + " and p.dibuatPada >= ?3 and p.dibuatPada < ?4")
  long countEskalasi(String processKey, String taskDefinitionKey, java.time.Instant dari, java.time.Instant sampai);

  @Modifying
  @Query("update PeringatanSla p set p.selesai = true where p.taskId = ?1")
  int tandaiSelesai(String taskId);
}
