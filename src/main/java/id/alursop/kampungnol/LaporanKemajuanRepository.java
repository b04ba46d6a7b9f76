package id.alursop.kampungnol;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LaporanKemajuanRepository extends JpaRepository<LaporanKemajuan, Long> {

  List<LaporanKemajuan> findByIntervensiIdOrderById(Long intervensiId);

  List<LaporanKemajuan> findByIntervensiIdInOrderById(Collection<Long> intervensiId);
}
