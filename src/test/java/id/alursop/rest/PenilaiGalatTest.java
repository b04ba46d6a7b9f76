package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

/** Bad input is answered 4xx with an Indonesian message naming what was wrong; only a fault is a 5xx, with an error id. */
class PenilaiGalatTest {

  @Test
  void databaseDown_is503_withAnErrorId_andNoInternals() {
    PenilaiGalat.Jawaban j = PenilaiGalat.nilai(new ProcessEnginePersistenceException("ENGINE-03004",
        new PersistenceException(new SQLException("Connection refused: localhost:5432", "08001"))));
    assertThat(j.status()).isEqualTo(503);
    assertThat(j.kodeGalat()).isNotBlank();
    assertThat(j.message()).contains(j.kodeGalat()).doesNotContain("localhost", "Connection", "SQL");
  }

  @Test
  void valueTooLong_is400_duplicateKey409() {
    assertThat(PenilaiGalat.nilai(new ProcessEnginePersistenceException("x",
        new SQLException("Value too long for column \"ID_ CHARACTER VARYING(64)\"", "22001"))).status()).isEqualTo(400);
    PenilaiGalat.Jawaban dobel = PenilaiGalat.nilai(new ProcessEngineException("x",
        new SQLException("Unique index or primary key violation", "23505")));
    assertThat(dobel.status()).isEqualTo(409);
    assertThat(dobel.kodeGalat()).isNull();
  }

  @Test
  void aCmmnFilter_is400_otherSqlFaults500() {
    assertThat(PenilaiGalat.nilai(new ProcessEnginePersistenceException("x",
        new SQLException("Table \"ACT_HI_CASEINST\" not found", "42S02"))).status()).isEqualTo(400);
    assertThat(PenilaiGalat.nilai(new ProcessEnginePersistenceException("x",
        new SQLException("Table \"ALUR_LOGBOOK\" not found", "42S02"))).status()).isEqualTo(500);
  }

  @Test
  void engineRefusals_notFound404_missingValue400NamingIt_anotherAgency404() {
    PenilaiGalat.Jawaban tidakAda = PenilaiGalat.nilai(new NullValueException("No user found with id 'x'.: user is null"));
    assertThat(tidakAda.status()).isEqualTo(404);
    assertThat(tidakAda.message()).startsWith("Tidak ditemukan: ").contains("'x'");
    PenilaiGalat.Jawaban wajib = PenilaiGalat.nilai(new NullValueException("workerId is null"));
    assertThat(wajib.status()).isEqualTo(400);
    assertThat(wajib.message()).isEqualTo("Isian 'workerId' wajib diisi");
    PenilaiGalat.Jawaban lain = PenilaiGalat.nilai(new ProcessEngineException(
        "ENGINE-13034 Cannot work on task 'abc' because it belongs to no authenticated tenant."));
    assertThat(lain.status()).isEqualTo(404);
    assertThat(lain.message()).isEqualTo("Tidak ditemukan").doesNotContain("abc");
    assertThat(PenilaiGalat.nilai(new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("no deployed process definition found with id 'x'"), "Cannot instantiate")).status())
        .isEqualTo(404);
    assertThat(PenilaiGalat.nilai(new InvalidRequestException(Status.BAD_REQUEST, "Cannot set query parameter "
        + "'firstResult' to value 'abc'")).message()).startsWith("Permintaan tidak valid: ").contains("firstResult");
  }

  @Test
  void unreadableRequests_are400_namingTheField() throws Exception {
    Exception salahJenis = null;
    try {
      new ObjectMapper().readValue("{\"suspended\": {\"a\": 1}}", Suspensi.class);
    } catch (Exception e) {
      salahJenis = e;
    }
    PenilaiGalat.Jawaban j = PenilaiGalat.nilai(salahJenis);
    assertThat(j.status()).isEqualTo(400);
    assertThat(j.message()).contains("'suspended'");
    assertThat(PenilaiGalat.nilai(new NullPointerException()).status()).isEqualTo(400);
  }

  @Test
  void aQueryParameterOfTheWrongKind_is400_namingIt_aFormLoginWithJson415() {
    PenilaiGalat.Jawaban j = PenilaiGalat.nilai(new org.glassfish.jersey.server.ParamException.QueryParamException(
        new NumberFormatException("abc"), "maxResults", null));
    assertThat(j.status()).isEqualTo(400);
    assertThat(j.message()).contains("'maxResults'");
    assertThat(PenilaiGalat.nilai(new IllegalStateException("The @FormParam is utilized when the content type of the "
        + "request entity is not application/x-www-form-urlencoded")).status()).isEqualTo(415);
  }

  @Test
  void ourOwnRefusal_is400_withItsIndonesianMessageAsItIs() {
    PenilaiGalat.Jawaban j = PenilaiGalat.nilai(new RestException(Status.INTERNAL_SERVER_ERROR,
        new id.alursop.engine.PenolakanAlur("Isian 'name' wajib diisi: tugas baru harus bernama"), "x"));
    assertThat(j.status()).isEqualTo(400);
    assertThat(j.message()).isEqualTo("Isian 'name' wajib diisi: tugas baru harus bernama");
  }

  @Test
  void anythingElse_is500_withAnErrorId() {
    PenilaiGalat.Jawaban j = PenilaiGalat.nilai(new IllegalStateException("internal state broken at Foo.java:12"));
    assertThat(j.status()).isEqualTo(500);
    assertThat(j.kodeGalat()).isNotBlank();
    assertThat(j.message()).doesNotContain("Foo.java", "IllegalState");
  }

  static class Suspensi {
    public boolean suspended;
  }
}
