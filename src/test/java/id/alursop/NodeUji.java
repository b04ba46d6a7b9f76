package id.alursop;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One node of a cluster test: the application with its own process engine name, on shared settings. */
public final class NodeUji {

  private NodeUji() {
  }

  /** Starts the application with {@code bersama} (database, port …) as engine {@code nama}. */
  public static ConfigurableApplicationContext mulai(String[] bersama, String nama) {
    String[] args = Stream.concat(Arrays.stream(bersama), Stream.of("--camunda.bpm.process-engine-name=" + nama))
        .toArray(String[]::new);
    return new SpringApplicationBuilder(AlurSopApplication.class).run(args);
  }
}
