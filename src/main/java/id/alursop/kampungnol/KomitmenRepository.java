package id.alursop.kampungnol;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KomitmenRepository extends JpaRepository<Komitmen, Long> {

  List<Komitmen> findByProgramIdOrderById(Long programId);
}
