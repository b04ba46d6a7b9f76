package id.alursop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

/**
 * The JPA repositories are built when first used (bootstrap mode lazy, for a faster start): every
 * one of them builds, its derived and declared queries checked against the entities, so a broken
 * query fails here and not at a clerk's first use.
 */
@AlurSopTest
class RepositoriTest {

  @Autowired ApplicationContext context;

  @Test
  void everyRepositoryBuildsWithItsQueries() {
    Map<String, Repository> semua = context.getBeansOfType(Repository.class);
    assertThat(semua).as("the application's JPA repositories").hasSizeGreaterThanOrEqualTo(15);
    semua.forEach((nama, repositori) -> {
      assertThat(repositori).as(nama).isInstanceOf(CrudRepository.class);
      assertThat(((CrudRepository<?, ?>) repositori).count()).as(nama).isGreaterThanOrEqualTo(0);
    });
  }
}
