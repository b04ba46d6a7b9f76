package id.alursop.kampungnol;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntervensiRepository extends JpaRepository<Intervensi, Long> {

  List<Intervensi> findByProgramIdAndStatusOrderById(Long programId, StatusIntervensi status);

  List<Intervensi> findByProgramIdOrderById(Long programId);

  @Query("select coalesce(max(i.putaran), 0) from Intervensi i where i.programId = ?1")
  int putaranTerakhir(Long programId);
}
