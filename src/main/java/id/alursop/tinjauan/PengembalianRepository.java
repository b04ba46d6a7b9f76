package id.alursop.tinjauan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PengembalianRepository extends JpaRepository<Pengembalian, Long> {

  List<Pengembalian> findByInstansSopOrderById(String instansSop);
}
