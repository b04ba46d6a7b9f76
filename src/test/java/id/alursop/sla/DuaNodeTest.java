package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.alursop.NodeUji;
import id.alursop.ProgramUji;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two engine nodes on one database, both job executors running: when a step falls due, its
 * reminder is recorded once, by one node.
 */
@Tag("own-application")
class DuaNodeTest {

  @TempDir Path dir;

  @Test
  void eachLevelOnce_withTwoNodes() throws Exception {
    String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bersama").toAbsolutePath();
    String[] common = {url, "--server.port=0", "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=100", "--camunda.bpm.job-execution.max-wait=500"};
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-01T08:00").atZone(ZoneId.of("Asia/Jakarta"))
        .toInstant()));
    try (ConfigurableApplicationContext a = NodeUji.mulai(common, "node-a");
        ConfigurableApplicationContext b = NodeUji.mulai(common, "node-b")) {
      ProcessEngine engine = a.getBean(ProcessEngine.class);
      String instance = ProgramUji.mulai(engine, "Empang").getId();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
      assertThat(b.getBean(ProcessEngine.class).getTaskService().createTaskQuery().taskId(task.getId()).count())
          .as("node b sees the same database").isEqualTo(1);

      // the due date passes: both nodes' job executors now find the reminder job
      ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-08T08:05").atZone(ZoneId.of("Asia/Jakarta"))
          .toInstant()));
      JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
      await("the reminder recorded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
          .until(() -> jdbc.queryForObject("select count(*) from sla_peringatan where task_id = ?", Long.class,
              task.getId()) > 0);
      // give the other node every chance to fire it again: the one reminder stays one for two seconds
      await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
          .untilAsserted(() -> assertThat(jdbc.queryForList("select tingkat from sla_peringatan where task_id = ?",
              String.class, task.getId())).containsExactly("PENGINGAT"));
    } finally {
      ClockUtil.reset();
    }
  }
}
