package id.alursop.kampungnol;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KebutuhanKeluargaRepository extends JpaRepository<KebutuhanKeluarga, Long> {

  List<KebutuhanKeluarga> findByKeluargaIdOrderById(Long keluargaId);

  List<KebutuhanKeluarga> findByKeluargaIdInOrderById(Collection<Long> keluargaId);

  Optional<KebutuhanKeluarga> findByKeluargaIdAndJenis(Long keluargaId, Kebutuhan jenis);
}
