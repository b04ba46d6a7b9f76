package id.alursop.bench;

import id.alursop.AlurSopApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Launches Alur SOP as a node of {@link EskalasiDuaNode} with its engine clock running at an offset
 * from real time, read from the file named by {@code --alur.bench.jam=} (milliseconds to add to the
 * system clock) and applied again whenever the benchmark rewrites it, so that two nodes share one
 * engine clock that reaches a chosen moment once both are up. Only the benchmark launches it; the
 * application itself has no clock hook. Copied by the benchmark to a directory of its own, so the
 * node's classpath holds no test classes.
 */
public final class NodeBench {

  private NodeBench() {
  }

  public static void main(String[] args) throws Exception {
    Path jam = Path.of(Arrays.stream(args).filter(a -> a.startsWith("--alur.bench.jam=")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("--alur.bench.jam= is missing")).substring(17));
    ClockUtil.offset(Long.parseLong(Files.readString(jam).trim()));
    Thread ikuti = new Thread(() -> {
      long terakhir = Long.MIN_VALUE;
      while (true) {
        try {
          long ubah = Files.getLastModifiedTime(jam).toMillis();
          String isi = Files.readString(jam).trim();
          if (ubah != terakhir && !isi.isEmpty()) {
            ClockUtil.offset(Long.parseLong(isi));
            terakhir = ubah;
          }
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        } catch (Exception sedangDitulis) {
          // read again on the next round
        }
      }
    }, "jam-bench");
    ikuti.setDaemon(true);
    ikuti.start();
    AlurSopApplication.main(args);
  }
}
