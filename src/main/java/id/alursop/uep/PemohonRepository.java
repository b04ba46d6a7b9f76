package id.alursop.uep;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PemohonRepository extends JpaRepository<Pemohon, Long> {

  List<Pemohon> findByUsulanIdOrderById(Long usulanId);

  /** NIKs among the given that already stand in another open proposal. */
  @Query("select p.nik from Pemohon p, Usulan u where p.usulanId = u.id and u.status = 'TERBUKA'"
      + " and u.id <> ?2 and p.nik in ?1")
  List<String> nikDalamUsulanTerbukaLain(Collection<String> nik, Long usulanId);
}
