package id.alursop.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PeringatanSlaRepository extends JpaRepository<PeringatanSla, Long> {

  boolean existsByTaskIdAndTingkat(String taskId, TingkatEskalasi tingkat);

  List<PeringatanSla> findByTaskIdOrderById(String taskId);

  List<PeringatanSla> findTop500BySelesaiFalseOrderByDibuatPadaDesc();

  List<PeringatanSla> findByProcessInstanceIdOrderById(String processInstanceId);

  @Modifying
  @Query("update PeringatanSla p set p.selesai = true where p.taskId = ?1")
  int tandaiSelesai(String taskId);
}
