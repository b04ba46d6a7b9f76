package id.alursop.ketapang;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JawabanWaliDataRepository extends JpaRepository<JawabanWaliData, Long> {

  List<JawabanWaliData> findByInstansSopAndLangkahOrderById(String instansSop, String langkah);
}
