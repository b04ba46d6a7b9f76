package id.alursop.logbook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LogbookRepository extends JpaRepository<LogbookEntry, Long> {

  List<LogbookEntry> findByProcessInstanceIdOrderById(String processInstanceId);
}
