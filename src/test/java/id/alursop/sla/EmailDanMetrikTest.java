package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.alursop.AlurSopApplication;
import id.alursop.ProgramUji;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** With SMTP configured (GreenMail in process): the reminder reaches the group by e-mail; metrics at /actuator/prometheus. */
@Tag("own-application")
class EmailDanMetrikTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void reminderMailedToTheGroup_andCountedInMetrics() throws Exception {
    String[] args = {"--server.port=0", "--camunda.bpm.process-engine-name=surel",
        "--spring.datasource.url=jdbc:h2:mem:surel;DB_CLOSE_DELAY=-1", "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtp.getSmtp().getPort()};
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlurSopApplication.class).run(args)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(((org.springframework.mail.javamail.JavaMailSenderImpl) app.getBean(
          org.springframework.mail.javamail.JavaMailSender.class)).getJavaMailProperties())
          .as("an SMTP server that does not answer holds the outbox's thread for a bounded time")
          .containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "30000")
          .containsEntry("mail.smtp.writetimeout", "30000");
      ClockUtil.setCurrentTime(wib("2026-12-01T08:00"));
      String instance = ProgramUji.mulai(engine, "Gudang").getId();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
      ClockUtil.setCurrentTime(wib("2026-12-08T08:00"));
      JobEskalasi.jalankanJatuhTempo(engine, instance, ClockUtil.getCurrentTime());
      // both parts of stage 1 fall due: BAPPERIDA's analysis and Dinas Sosial's data, each mailed to its own group
      assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
      java.util.Map<String, String> penerima = new java.util.HashMap<>();
      for (MimeMessage mail : smtp.getReceivedMessages()) {
        assertThat(mail.getAllRecipients()).hasSize(1);
        penerima.put(mail.getSubject(), mail.getAllRecipients()[0].toString());
      }
      assertThat(penerima).containsOnly(
          java.util.Map.entry("[Alur SOP] Pengingat jatuh tempo: Identifikasi Lokasi Prioritas", "bapperida.bogor@demo.alursop.id"),
          java.util.Map.entry("[Alur SOP] Pengingat jatuh tempo: Penyediaan Data DTKS dan P3KE", "dinsos.bogor@demo.alursop.id"));

      ClockUtil.setCurrentTime(wib("2026-12-08T09:00"));
      id.alursop.FotoUji.lampirkan(engine, task);
      engine.getTaskService().complete(task.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Gudang", "rw", "005", "sumberData", List.of("dtks"), "petaLokasiSasaran", "P",
          "ringkasanAnalisis", "ok", "dataKkSasaran", "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(metrics).contains("alur_sla_peringatan_total{langkah=\"1\",proses=\"kampung-nol-kemiskinan-ekstrem\","
          + "tingkat=\"PENGINGAT\"} 2.0");
      assertThat(metrics).contains("alur_sla_terlambat_total{langkah=\"1\",proses=\"kampung-nol-kemiskinan-ekstrem\"} 1.0");
      assertThat(metrics).contains("alur_sla_langkah_seconds_count{langkah=\"1\",proses=\"kampung-nol-kemiskinan-ekstrem\","
          + "status=\"terlambat\"} 1");
      assertThat(metrics).as("38.5 working hours").contains("alur_sla_langkah_seconds_sum{langkah=\"1\","
          + "proses=\"kampung-nol-kemiskinan-ekstrem\",status=\"terlambat\"} 138600.0");
    } finally {
      ClockUtil.reset();
    }
  }

  private static Date wib(String local) {
    return Date.from(LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
  }
}
