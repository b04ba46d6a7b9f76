package id.alursop.kalender;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HariLiburDaerahRepository extends JpaRepository<HariLiburDaerah, Long> {

  List<HariLiburDaerah> findByTanggalBetweenOrderByTanggal(LocalDate dari, LocalDate sampai);

  boolean existsByTanggalAndInstansi(LocalDate tanggal, String instansi);

  boolean existsByTanggalAndInstansiIsNull(LocalDate tanggal);
}
