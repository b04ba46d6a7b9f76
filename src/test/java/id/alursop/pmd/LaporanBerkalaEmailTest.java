package id.alursop.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.alursop.AlurSopApplication;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With SMTP configured (GreenMail in process): each Kasi PMD periodic report is mailed to the Camat. */
@Tag("own-application")
class LaporanBerkalaEmailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void eachReportMailedToTheCamat() throws Exception {
    String[] args = {"--server.port=0", "--camunda.bpm.process-engine-name=laporanpmd",
        "--spring.datasource.url=jdbc:h2:mem:laporanpmd;DB_CLOSE_DELAY=-1", "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtp.getSmtp().getPort(), "--alur.pmd.tautan-laporan=https://alur.example/api/pmd/laporan"};
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlurSopApplication.class).run(args)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ClockUtil.setCurrentTime(LaporanBerkalaTest.wib("2025-05-15T10:00"));
      String instance = engine.getRuntimeService().startProcessInstanceByKey(KasiPmdProcessTest.PROSES,
          Map.of("tahunAnggaran", 2025, "namaDesa", "Tampa")).getId();
      for (String taskKey : List.of(KasiPmdProcessTest.IDENTIFIKASI, KasiPmdProcessTest.RAPAT,
          KasiPmdProcessTest.RENCANA, KasiPmdProcessTest.ANGGARAN, KasiPmdProcessTest.PERSETUJUAN)) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
            .singleResult();
        engine.getTaskService().complete(task.getId(), new HashMap<>(KasiPmdProcessTest.nilai(taskKey)));
      }
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance)
          .activityId(LaporanBerkalaTest.TIMER).singleResult();
      ClockUtil.setCurrentTime(timer.getDuedate());
      engine.getManagementService().executeJob(timer.getId());
      Task laporan = engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey(LaporanBerkalaTest.LAPORAN).singleResult();
      assertThat(smtp.getReceivedMessages()).as("nothing mailed before the report is done").isEmpty();

      engine.getTaskService().complete(laporan.getId(), LaporanBerkalaTest.isianLaporan("Pengerasan jalan 800 m", 120000000));

      assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
      MimeMessage[] mails = smtp.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactly("camat.bartim@demo.alursop.id");
      assertThat(mails[0].getSubject()).isEqualTo("[Alur SOP] Laporan bulanan Mei 2025 Kasi PMD: Desa Tampa");
      String isi = GreenMailUtil.getBody(mails[0]);
      assertThat(isi).contains("Perkembangan pelaksanaan: Pengerasan jalan 800 m")
          .contains("Anggaran yang telah digunakan: Rp 120.000.000")
          .contains("Hambatan: Hujan deras dua hari")
          .contains("https://alur.example/api/pmd/laporan")
          .doesNotContain("Dampak kegiatan:");
    } finally {
      ClockUtil.reset();
    }
  }
}
