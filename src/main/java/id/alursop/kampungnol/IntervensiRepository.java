package id.alursop.kampungnol;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntervensiRepository extends JpaRepository<Intervensi, Long> {

  List<Intervensi> findByProgramIdAndStatusOrderById(Long programId, StatusIntervensi status);

  List<Intervensi> findByProgramIdOrderById(Long programId);

  List<Intervensi> findByProgramIdAndStatusInOrderById(Long programId, Collection<StatusIntervensi> status);

  List<Intervensi> findByKeluargaIdAndJenisAndStatusIn(Long keluargaId, Kebutuhan jenis,
      Collection<StatusIntervensi> status);

  long countByProgramIdAndStatusIn(Long programId, Collection<StatusIntervensi> status);

  @Query("select coalesce(max(i.putaran), 0) from Intervensi i where i.programId = ?1")
  int putaranTerakhir(Long programId);
}
