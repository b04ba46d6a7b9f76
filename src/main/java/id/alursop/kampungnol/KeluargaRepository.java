package id.alursop.kampungnol;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeluargaRepository extends JpaRepository<Keluarga, Long> {

  Optional<Keluarga> findByProgramIdAndNomorKk(Long programId, String nomorKk);

  List<Keluarga> findByProgramIdAndStatusOrderById(Long programId, StatusKeluarga status);

  List<Keluarga> findByProgramIdOrderById(Long programId);

  long countByProgramId(Long programId);

  long countByProgramIdAndStatus(Long programId, StatusKeluarga status);

  @Query("select k.nomorKk from Keluarga k where k.programId = ?1 order by k.id")
  List<String> nomorKkByProgram(Long programId);

  @Query("select k.nikKepalaKeluarga from Keluarga k where k.programId = ?1")
  List<String> nikByProgram(Long programId);
}
