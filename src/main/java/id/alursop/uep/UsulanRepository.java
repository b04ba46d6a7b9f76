package id.alursop.uep;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UsulanRepository extends JpaRepository<Usulan, Long> {

  Optional<Usulan> findByProcessInstanceId(String processInstanceId);
}
